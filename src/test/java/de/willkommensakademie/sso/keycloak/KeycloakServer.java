package de.willkommensakademie.sso.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak (the Quarkus distribution from the local Maven repository, run as a process; no Docker) for one test
 * class: unpacked once into {@code target/}, started with {@code start-dev --import-realm} on a free port with a fresh
 * data directory (so every run really imports the realm file), stopped with its whole process tree afterwards, also
 * when a test failed. Register with {@code @RegisterExtension static}.
 */
final class KeycloakServer implements BeforeAllCallback, AfterAllCallback {

    /** The first start (re-augmentation on this Java plus the realm import) took 35-120 s on 2 shared cores. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /** Bootstrap admin of the master realm, for tests that read the imported realm through the admin API. */
    static final String ADMIN_USERNAME = "test-admin";

    private final String adminPassword = UUID.randomUUID().toString();

    private final String realm;
    private final Path realmFile;
    private final Path home;
    private final String version;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int port;
    private Duration startTime;

    KeycloakServer(String realm) {
        this.realm = realm;
        this.version = System.getProperty("keycloak.version", "26.5.6");
        this.realmFile = Path.of(System.getProperty("keycloak.realm", "docker/keycloak/realm-willkommensakademie.json"));
        this.home = Path.of(System.getProperty("keycloak.home", "target/keycloak-" + version));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** http://localhost:port, the issuer's base: Keycloak derives its URLs from the request in dev mode. */
    URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    URI realmUri() {
        return baseUri().resolve("/realms/" + realm);
    }

    String adminPassword() {
        return adminPassword;
    }

    /** From the process start to the first answer of the realm's discovery document. */
    Duration startTime() {
        return startTime;
    }

    private void start() throws IOException, InterruptedException {
        unpackOnce();
        // A fresh database each run: an existing realm would be skipped by the import and prove nothing.
        deleteRecursively(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        port = freePort();
        Path log = home.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The JVM running the tests (Java 21+); the machine's default java may be older.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // The machine is shared: the script's default for non-container runs, stated so no RAM percentage applies.
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // Keycloak's worker threads reset thread locals through java.lang internals; Java 24+ refuses without this.
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        long started = System.nanoTime();
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            awaitDiscovery(log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop();
            throw e;
        }
        startTime = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Keycloak %s started in %d s on port %d%n", version, startTime.toSeconds(), port);
    }

    private void awaitDiscovery(Path log) throws IOException, InterruptedException {
        URI discovery = URI.create(realmUri() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not answer " + discovery + " within " + START_TIMEOUT + ":\n"
                + tail(log));
    }

    /** Idempotent: from afterAll, a failed start and the shutdown hook. Children first, then the script. */
    private synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void unpackOnce() throws IOException {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        Path zip = distribution();
        long started = System.nanoTime();
        Path parent = home.toAbsolutePath().getParent();
        Path partial = Files.createTempDirectory(Files.createDirectories(parent), "keycloak-unpacking");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    // java.util.zip drops the Unix mode; the scripts in bin/ must be executable.
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        // The zip holds one top-level directory keycloak-<version>; moved into place only when complete.
        Path unpacked = partial.resolve("keycloak-" + version);
        if (!Files.isDirectory(unpacked)) {
            throw new IOException(zip + " has no directory keycloak-" + version);
        }
        deleteRecursively(home);
        Files.move(unpacked, home);
        deleteRecursively(partial);
        System.out.printf("Keycloak %s unpacked from %s in %d s%n", version, zip,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private Path distribution() {
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path zip = Path.of(repository, "org", "keycloak", "keycloak-quarkus-dist", version,
                "keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: run with -Pkeycloak so that Maven downloads it");
        }
        return zip;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
