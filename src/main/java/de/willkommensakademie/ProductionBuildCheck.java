package de.willkommensakademie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stops a jar packaged without the {@code production} profile before it starts. Such a jar has neither Vaadin's
 * production frontend nor the development tools ({@code vaadin-dev} is optional, so Spring Boot leaves it out), and
 * Vaadin would otherwise fail deep in Tomcat's start with "'vaadin-dev-server' not found", advising to add a
 * dependency — the wrong fix for someone who just ran {@code ./mvnw package}.
 */
final class ProductionBuildCheck {

    /** Written by the Vaadin plugin's prepare-frontend/build-frontend; says whether the build is for production. */
    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";

    /** From vaadin-dev-server: what Vaadin looks up to run in development mode. */
    static final String DEV_SERVER_CLASS = "com.vaadin.base.devserver.DevModeHandlerManagerImpl";

    static final String MESSAGE = """
            This jar was built without the production profile: it has neither Vaadin's production frontend \
            nor the development tools, so it cannot start.
            Build the runnable jar with:  ./mvnw -Pproduction package   (Maven must run on JDK 21 or newer, \
            e.g. JAVA_HOME=/path/to/jdk-21 ./mvnw -Pproduction package)
            For development, run:         ./mvnw spring-boot:run""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProductionBuildCheck() {
    }

    /**
     * The verdict from what the classpath holds; only a packaged jar is judged, since a run from the build's classes
     * ({@code spring-boot:run}, tests, an IDE) brings its own classpath.
     *
     * @param packagedJar whether the application's classes are loaded from a jar
     * @param buildInfo the content of {@link #BUILD_INFO}, or {@code null} when there is none
     * @param devServerPresent whether {@link #DEV_SERVER_CLASS} can be loaded
     * @return the message to show when the application cannot start, otherwise empty
     */
    static Optional<String> problem(boolean packagedJar, String buildInfo, boolean devServerPresent) {
        if (!packagedJar || devServerPresent || productionMode(buildInfo)) {
            return Optional.empty();
        }
        return Optional.of(MESSAGE);
    }

    /** Whether the build info says production mode; missing or unreadable build info is development mode, as for Vaadin. */
    static boolean productionMode(String buildInfo) {
        if (buildInfo == null || buildInfo.isBlank()) {
            return false;
        }
        try {
            return JSON.readTree(buildInfo).path("productionMode").asBoolean(false);
        } catch (JacksonException unreadable) {
            return false;
        }
    }

    /** The verdict for the classpath that loaded {@code mainClass}. */
    static Optional<String> problemOf(Class<?> mainClass) {
        ClassLoader loader = mainClass.getClassLoader();
        URL self = mainClass.getResource(mainClass.getSimpleName() + ".class");
        boolean packagedJar = self != null && "jar".equals(self.getProtocol());
        return problem(packagedJar, read(loader, BUILD_INFO), present(loader, DEV_SERVER_CLASS));
    }

    /** Prints the problem on stderr and exits with status 1, before Spring and Vaadin fail less clearly. */
    static void exitIfUnstartable(Class<?> mainClass) {
        problemOf(mainClass).ifPresent(message -> {
            System.err.println(message);
            System.exit(1);
        });
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean present(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
