package de.willkommensakademie.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged production jar, started as its own process with demo data on a private in-memory database. */
final class RunningApp implements AutoCloseable {

    private static final int LOG_LINES_ON_FAILURE = 60;

    private final Process process;
    private final Path log;
    final String baseUrl;

    private RunningApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://localhost:" + port;
    }

    private static RunningApp shared;

    /** One app for all browser test classes in this JVM (starting it takes a while), stopped when the JVM ends. */
    static synchronized RunningApp shared() throws IOException, InterruptedException {
        if (shared == null) {
            RunningApp started = start(Path.of(requiredProperty("app.jar")), Path.of("target", "e2e-app.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            shared = started;
        }
        return shared;
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run through the Maven profile e2e");
        }
        return value;
    }

    static RunningApp start(Path jar, Path log) throws IOException, InterruptedException {
        return start(jar, log, List.of());
    }

    /** A separate app with {@code extraArguments} (e.g. single sign-on settings) added to the usual ones. */
    static RunningApp start(Path jar, Path log, List<String> extraArguments) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Packaged app not found: " + jar + " (run with -Pproduction,e2e verify)");
        }
        int port = freePort();
        // The test JVM is the toolchain's JDK 21+, which the app needs; the shell's default java may be older.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(),
                "--server.port=" + port,
                "--app.demo-data=true",
                "--server.servlet.session.cookie.secure=false",
                // In memory, so runs never see each other's data nor leave a ./data folder behind.
                "--spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1"));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningApp app = new RunningApp(process, log, port);
        try {
            app.awaitHealthy();
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy() throws InterruptedException {
        AppHealth.await("App", process, baseUrl, this::logTail);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
