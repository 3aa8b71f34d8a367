package de.willkommensakademie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up of the production jar, start → {@code /actuator/health} UP, against the floor (a minimal Vaadin + Boot app
 * with actuator and one view, {@code src/test/benchmark-floor/}, if built), run by run alternated: wall time and the
 * CPU seconds of the process (the stable figure on a shared machine), with an existing database and with an empty
 * folder (migrations and demo data). Then one run with start-up steps recorded prints where the time goes. Figures
 * only. Needs the jars built first: {@code ./mvnw -Pproduction -DskipTests package} (and the floor's {@code package});
 * other jars to compare with {@code -Dbenchmark.startup.jars=before=/tmp/a.jar,after=target/b.jar}, each optionally
 * followed by its own JVM options after a space ({@code aot=/tmp/x/app.jar -XX:AOTCache=/tmp/x/app.aot}), JVM
 * options for all with {@code -Dbenchmark.startup.jvm-options=...}, rounds with {@code -Dbenchmark.startup.rounds=5}.
 */
@Tag("benchmark")
class StartupBenchmarkTest {

    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    /** JVM options of one contender, e.g. its ahead-of-time cache. */
    private static final Map<String, List<String>> OPTIONS = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One start: its wall and CPU time until healthy, and what it logged. */
    record Start(double wallSeconds, double cpuSeconds, List<String> log) {
    }

    @Test
    void startUpAgainstTheFloor() throws Exception {
        Map<String, Path> jars = contenders();
        assertThat(jars).as("the production jar is built (./mvnw -Pproduction -DskipTests package)").isNotEmpty();
        int rounds = Integer.getInteger("benchmark.startup.rounds", 3);
        Path work = Files.createTempDirectory("startup-benchmark");
        try {
            Figures.print("Start-up benchmark, " + Figures.machine() + ", " + rounds + " rounds, contenders " + jars);
            Map<String, List<Start>> existing = new LinkedHashMap<>();
            Map<String, List<Start>> empty = new LinkedHashMap<>();
            jars.forEach((name, jar) -> start(jar, work.resolve(name + "-existing"), options(name)));
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Path> jar : jars.entrySet()) {
                    Start existingStart = start(jar.getValue(), work.resolve(jar.getKey() + "-existing"),
                            options(jar.getKey()));
                    existing.computeIfAbsent(jar.getKey(), key -> new ArrayList<>()).add(existingStart);
                    Path fresh = work.resolve(jar.getKey() + "-empty-" + round);
                    Start emptyStart = start(jar.getValue(), fresh, options(jar.getKey()));
                    empty.computeIfAbsent(jar.getKey(), key -> new ArrayList<>()).add(emptyStart);
                    FileSystemUtils.deleteRecursively(fresh);
                    Figures.print(String.format("round %d %-10s existing %6.1f s wall %6.1f s CPU | empty %6.1f s wall"
                            + " %6.1f s CPU", round + 1, jar.getKey(), existingStart.wallSeconds(),
                            existingStart.cpuSeconds(), emptyStart.wallSeconds(), emptyStart.cpuSeconds()));
                }
            }
            report("existing database", existing);
            report("empty folder", empty);
            Path product = jars.values().iterator().next();
            Start recorded = start(product, work.resolve(jars.keySet().iterator().next() + "-existing"),
                    List.of("-Dapp.startup-steps=true"));
            Figures.print("Where the time goes (existing database, steps recorded, " + product.getFileName() + "):");
            recorded.log().stream().filter(line -> line.contains("Start-up step")).forEach(line -> Figures.print(
                    "  " + line.substring(line.indexOf("Start-up step"))));
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static List<String> options(String contender) {
        return OPTIONS.getOrDefault(contender, List.of());
    }

    private static void report(String what, Map<String, List<Start>> starts) {
        double floorCpu = starts.containsKey("floor") ? median(starts.get("floor"), Start::cpuSeconds) : 0;
        starts.forEach((name, list) -> {
            double cpu = median(list, Start::cpuSeconds);
            Figures.print(String.format("%-18s %-10s median %6.1f s wall %6.1f s CPU%s", what, name,
                    median(list, Start::wallSeconds), cpu,
                    floorCpu > 0 ? String.format("  %.1f× the floor's CPU", cpu / floorCpu) : ""));
        });
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
        double[] values = starts.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** The product first (its name leads every report), then the floor if it is built. */
    private static Map<String, Path> contenders() throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        String given = System.getProperty("benchmark.startup.jars", "");
        if (!given.isBlank()) {
            for (String pair : given.split(",")) {
                String[] parts = pair.split("=", 2);
                String[] pathAndOptions = parts[1].trim().split("\\s+", 2);
                jars.put(parts[0].trim(), Path.of(pathAndOptions[0]).toAbsolutePath());
                if (pathAndOptions.length > 1) {
                    OPTIONS.put(parts[0].trim(), List.of(pathAndOptions[1].split("\\s+")));
                }
            }
            return jars;
        }
        jar(Path.of("target"), "willkommensakademie-").ifPresent(jar -> jars.put("product", jar));
        jar(Path.of("src/test/benchmark-floor/target"), "benchmark-floor-").ifPresent(jar -> jars.put("floor", jar));
        return jars;
    }

    private static Optional<Path> jar(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                    && file.getFileName().toString().endsWith(".jar")).map(Path::toAbsolutePath).findFirst();
        }
    }

    /** Starts a jar in {@code folder} (its H2 database lives there), waits until healthy, measures and stops it. */
    private Start start(Path jar, Path folder, List<String> jvmOptions) {
        try {
            Files.createDirectories(folder);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            String options = System.getProperty("benchmark.startup.jvm-options", "");
            if (!options.isBlank()) {
                command.addAll(Arrays.asList(options.trim().split("\\s+")));
            }
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("out.log").toFile());
            builder.environment().put("PORT", String.valueOf(port));
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            builder.environment().put("DEMO_DATA", "true");
            builder.environment().put("SECURE_COOKIES", "false");
            builder.environment().put("DATABASE_URL", "jdbc:h2:file:" + folder.resolve("data/willkommensakademie")
                    + ";AUTO_SERVER=FALSE");
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                waitUntilHealthy(process, port, folder);
                double wall = (System.nanoTime() - started) / 1e9;
                double cpu = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
                return new Start(wall, cpu, Files.readAllLines(folder.resolve("out.log")));
            } finally {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void waitUntilHealthy(Process process, int port, Path folder) throws InterruptedException, IOException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + folder.resolve("out.log")
                        + ":\n" + String.join("\n", tail(folder.resolve("out.log"))));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Not healthy after " + GIVE_UP);
    }

    private static List<String> tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.subList(Math.max(0, lines.size() - 40), lines.size());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
