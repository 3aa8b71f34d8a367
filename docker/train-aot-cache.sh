#!/bin/sh
# Trains the JDK's ahead-of-time cache (JDK 25+, JEP 483/514/515) for an extracted production jar:
#
#   docker/train-aot-cache.sh <extracted dir> [JVM options of the production run ...]
#
# <extracted dir> holds the jar and lib/ as `java -Djarmode=tools -jar <jar> extract` leaves them; the cache is
# written to <extracted dir>/app.aot. Start the app with `java -XX:AOTCache=<dir>/app.aot -jar <dir>/<jar>`.
# Used by docker/Dockerfile and by plain-jar installations (README "Start-up"). Run it with the same java (JAVA_HOME
# or PATH) and the same JVM options (arguments or JAVA_TOOL_OPTIONS) as the production run, and again after every
# update of the jar or the JDK; a cache made by another JDK or for other jars is not used.
#
# The training is a full start up to healthy, one request to the login page, then SIGTERM (the JVM writes the cache
# on that exit): classes and method profiles of the runners and the first request are in the cache as well. It runs
# in an empty environment and an empty working directory, so no real database, mail server, single sign-on or
# configuration file of the installation is touched: an in-memory H2 database, a free port. It creates the demo data
# in that database (gone when the training ends), because the demo data is made through the app's own services
# (assignments, onboarding, language levels, self-assessment, certificates with their PDFs): their classes and
# profiles are then in the cache as well, for the first real use of each after a start (README "Start-up").
set -eu

dir=$(cd "${1:?usage: train-aot-cache.sh <extracted dir> [JVM options ...]}" && pwd)
shift
jar=$(find "$dir" -maxdepth 1 -name '*.jar' -type f)
if [ -z "$jar" ] || [ "$(printf '%s\n' "$jar" | wc -l)" -ne 1 ]; then
    echo "train-aot-cache: expected exactly one jar in $dir, found: ${jar:-none}" >&2
    exit 1
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cache="$dir/app.aot"
work=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
rm -f "$cache"

echo "train-aot-cache: training $jar with $("$java" -version 2>&1 | head -n 1)"
cd "$work"
env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-}" \
    DATABASE_URL="jdbc:h2:mem:aot-training;DB_CLOSE_DELAY=-1" DEMO_DATA=true PORT=0 \
    "$java" "$@" -XX:AOTCacheOutput="$cache" -jar "$jar" >"$work/training.log" 2>&1 &
pid=$!

fail() {
    echo "train-aot-cache: $1; the training run's log ends with:" >&2
    tail -n 40 "$work/training.log" >&2
    exit 1
}

# The port is chosen by Tomcat (PORT=0) and read from its log line.
port=
seconds=0
until [ -n "$port" ] && curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "the training run stopped before it was healthy"
    [ "$seconds" -lt 900 ] || fail "not healthy after 15 minutes"
    sleep 1
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/training.log" | head -n 1)
    seconds=$((seconds + 1))
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/login" || fail "GET /login failed"
curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" || fail "not healthy after GET /login"

# SIGTERM: Spring Boot shuts down gracefully, then the JVM writes the cache (a child JVM assembles it) and exits.
kill -TERM "$pid"
wait "$pid" || true
pid=
[ -s "$cache" ] || fail "no cache written to $cache"
grep -q "AOTCache creation is complete" "$work/training.log" || fail "the cache at $cache is incomplete"
echo "train-aot-cache: $(grep "AOTCache creation is complete" "$work/training.log")"
