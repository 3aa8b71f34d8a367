package de.willkommensakademie.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import de.willkommensakademie.e2e.AppHealth;

/**
 * One app instance of the cluster: the packaged production jar as its own process, started, stopped (SIGTERM), killed
 * (SIGKILL) and started again with the same command, port and log file (appended, so a restart keeps the history).
 */
final class AppInstance {

    final String name;
    final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    final Path log;
    private Process process;

    AppInstance(String name, int port, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process without waiting for it to be healthy (so two can start at the same time). */
    void launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    void awaitHealthy() throws InterruptedException {
        AppHealth.await(name, process, baseUrl(), () -> logTail(80));
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** kill -9: no shutdown hook, no graceful end of requests, sessions gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orchestrator stops a container: Spring Boot's graceful shutdown finishes running requests. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + baseUrl() + ")";
    }
}
