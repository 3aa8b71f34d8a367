package de.willkommensakademie.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.FileSystemUtils;

/**
 * The scale-out installation of the README on one machine: a real PostgreSQL (the binaries from Maven Central the
 * test suite uses), an SMTP server (GreenMail) for the e-mails, two instances of the production jar with the
 * {@code postgres} profile started at the same moment against the empty database, and HAProxy in front with
 * {@code docker/haproxy.cfg}. Everything listens on loopback only and is stopped by {@link #close()}.
 */
final class Cluster implements AutoCloseable {

    /** The test JVM runs on the JDK 21+ the build uses; the shell's default java may be older. */
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String HEAP = "-Xmx1g";
    /** The bean set-up the build wrote as code (pom.xml, process-aot), as the image's jvm.options turns it on. */

    final EmbeddedPostgres database;
    final GreenMail mail;
    final List<AppInstance> instances;
    final Haproxy proxy;

    private Cluster(EmbeddedPostgres database, GreenMail mail, List<AppInstance> instances, Haproxy proxy) {
        this.database = database;
        this.mail = mail;
        this.instances = instances;
        this.proxy = proxy;
    }

    /**
     * Starts everything; {@code extraArguments} are added to both instances' command lines (Spring properties such
     * as {@code --app.certificates.verify-per-minute=100000}).
     */
    static Cluster start(Path workDirectory, List<String> extraArguments) throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        return start(workDirectory, extraArguments, List.of(JAVA, HEAP, "-jar", packagedJar().toString()));
    }

    /**
     * As {@link #start(Path, List)}, but each instance starts as the Docker image starts it: the jar extracted, the
     * image's JVM options ({@code docker/jvm.options}: Spring AOT on, in the training too) and the JDK's ahead-of-time
     * cache trained by {@code docker/train-aot-cache.sh} (the script the image build runs), here with
     * {@code -XX:AOTMode=on}, so that a cache the JVM cannot use stops the start instead of being ignored.
     */
    static Cluster startAsTheImage(Path workDirectory, List<String> extraArguments)
            throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        Path extracted = workDirectory.resolve("extracted");
        FileSystemUtils.deleteRecursively(extracted);
        Path jar = packagedJar();
        run(workDirectory.resolve("extract.log"), List.of(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", extracted.toString()));
        Path docker = Path.of(requiredProperty("haproxy.config")).getParent();
        // the image's own argument file: Spring AOT on, the C2 thresholds raised
        String imageOptions = "@" + docker.resolve("jvm.options");
        run(workDirectory.resolve("aot-training.log"), List.of("sh", docker.resolve("train-aot-cache.sh").toString(),
                extracted.toString(), imageOptions, HEAP));
        return start(workDirectory, extraArguments, List.of(JAVA, imageOptions, HEAP,
                "-XX:AOTCache=" + extracted.resolve("app.aot"), "-XX:AOTMode=on", "-jar",
                extracted.resolve(jar.getFileName()).toString()));
    }

    private static Cluster start(Path workDirectory, List<String> extraArguments, List<String> launcher)
            throws IOException, InterruptedException {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        List<AppInstance> instances = new ArrayList<>();
        Haproxy proxy = null;
        try {
            for (String name : List.of("app1", "app2")) {
                // A fresh log per run; restarts within the run append to it.
                Path log = workDirectory.resolve(name + ".log");
                Files.deleteIfExists(log);
                instances.add(instance(name, launcher, database, mail, extraArguments, log));
            }
            for (AppInstance instance : instances) {
                instance.launch();
            }
            for (AppInstance instance : instances) {
                instance.awaitHealthy();
            }
            proxy = Haproxy.start(Path.of(requiredProperty("haproxy.config")), freePort(), instances,
                    workDirectory.resolve("haproxy.log"));
            return new Cluster(database, mail, List.copyOf(instances), proxy);
        } catch (IOException | InterruptedException | RuntimeException failed) {
            for (AppInstance instance : instances) {
                instance.stop();
            }
            mail.stop();
            database.close();
            throw failed;
        }
    }

    private static Path packagedJar() {
        Path jar = Path.of(requiredProperty("app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Packaged app not found: " + jar + " (run with -Pproduction)");
        }
        return jar;
    }

    /** Runs a command of the set-up to its end, its output in {@code log}; fails with the log's end. */
    private static void run(Path log, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException(String.join(" ", command) + " failed with " + exit + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    private static AppInstance instance(String name, List<String> launcher, EmbeddedPostgres database,
            GreenMail mail, List<String> extraArguments, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher);
        command.add("--server.port=" + port);
        command.addAll(extraArguments);
        // The same variables docker/compose.yaml sets for its app containers, and the SMTP server the operator gives
        // at run time (the AOT jar was built without one: base.mail decides when it runs).
        Map<String, String> environment = Map.of(
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()),
                "SPRING_PROFILES_ACTIVE", "postgres",
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + database.getPort() + "/postgres",
                "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "",
                "DEMO_DATA", "true",
                "SECURE_COOKIES", "false",
                "FORWARD_HEADERS_STRATEGY", "native");
        return new AppInstance(name, port, command, environment, log);
    }

    String proxyUrl() {
        return proxy.url();
    }

    AppInstance app(int number) {
        return instances.get(number - 1);
    }

    DataSource dataSource() {
        return database.getPostgresDatabase();
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run through the Maven profile"
                    + " cluster or load");
        }
        return value;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (AppInstance instance : instances) {
            instance.stop();
        }
        mail.stop();
        database.close();
    }
}
