package de.willkommensakademie.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy with the very configuration the Docker setup uses ({@code docker/haproxy.cfg}): only its
 * environment differs — the address it listens on and the two instances' addresses, which the file reads from
 * {@code PROXY_BIND}, {@code APP1_ADDRESS} and {@code APP2_ADDRESS} with the container names as defaults.
 */
final class Haproxy implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;

    private Haproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Haproxy start(Path config, int port, List<AppInstance> instances, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(config)) {
            throw new IllegalStateException("HAProxy configuration not found: " + config);
        }
        ProcessBuilder builder = new ProcessBuilder(executable(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PROXY_BIND", "127.0.0.1:" + port);
        for (int i = 0; i < instances.size(); i++) {
            environment.put("APP" + (i + 1) + "_ADDRESS", "127.0.0.1:" + instances.get(i).port);
        }
        Haproxy proxy = new Haproxy(builder.start(), port, log);
        proxy.awaitListening();
        return proxy;
    }

    private static String executable() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("HAProxy not found; install Debian's package haproxy (.ci/run does)");
    }

    private void awaitListening() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("HAProxy does not listen on " + port + ":\n" + Files.readString(log));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
