package de.willkommensakademie.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waiting for a started app process to answer {@code /actuator/health} with UP (browser and cluster tests). */
public final class AppHealth {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(600);

    private AppHealth() {
    }

    /**
     * Returns once {@code baseUrl}'s health is UP; fails with {@code logTail} when the process ends first or is not
     * healthy within ten minutes.
     */
    public static void await(String name, Process process, String baseUrl, Supplier<String> logTail)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " during start-up:\n" + logTail.get());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Tomcat does not accept connections yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy after " + STARTUP_TIMEOUT.toSeconds() + " s:\n"
                + logTail.get());
    }
}
