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

/**
 * The scale-out installation of the README on one machine: a real PostgreSQL (the binaries from Maven Central the
 * test suite uses), an SMTP server (GreenMail) for the e-mails, two instances of the production jar with the
 * {@code postgres} profile started at the same moment against the empty database, and HAProxy in front with
 * {@code docker/haproxy.cfg}. Everything listens on loopback only and is stopped by {@link #close()}.
 */
final class Cluster implements AutoCloseable {

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
        Path jar = Path.of(requiredProperty("app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Packaged app not found: " + jar + " (run with -Pproduction)");
        }
        Files.createDirectories(workDirectory);
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
                instances.add(instance(name, jar, database, mail, extraArguments, log));
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

    private static AppInstance instance(String name, Path jar, EmbeddedPostgres database, GreenMail mail,
            List<String> extraArguments, Path log) throws IOException {
        int port = freePort();
        // The test JVM runs on the JDK 21+ the build uses; the shell's default java may be older.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
        command.addAll(extraArguments);
        // The same variables docker/compose.yaml sets for its app containers.
        Map<String, String> environment = Map.of(
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
