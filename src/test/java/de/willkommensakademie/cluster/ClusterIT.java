package de.willkommensakademie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.willkommensakademie.e2e.PageChecks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's scale-out promise as a test: two instances of the production jar on one PostgreSQL behind HAProxy
 * with {@code docker/haproxy.cfg} (see {@link Cluster}), each started as the Docker image starts it (extracted, Spring
 * AOT on, with the ahead-of-time cache {@code docker/train-aot-cache.sh} trained, which the JVM must use). The methods
 * run in order on one cluster: what the first start created, sticky sessions and a certificate verified through both
 * instances, the daily jobs once (their e-mails through the SMTP server given only at run time), the verification
 * rate limit, an instance killed in the middle of a role-play, and a rolling restart under a poller.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Every daily and weekly job fires on both instances at second 0 of every minute, as both fire at 07:00. */
    private static final List<String> JOBS_EVERY_MINUTE = List.of("app.certificates.reminder-cron",
            "app.team.digest-cron", "app.assessment.reminder-cron", "app.onboarding.reminder-cron",
            "app.learning.reminder-cron", "app.notices.digest-cron");
    private static final Pattern NOTICE_DIGESTS = Pattern.compile("Sent (\\d+) notice digests");
    private static final Pattern MANAGER_DIGESTS = Pattern.compile("Sent (\\d+) manager digests");

    /** A demo learner with assigned modules (Aylin Demir, ABH Musterstadt). */
    private static final String LEARNER = "employee";
    /** Another demo person, who plays the role-play interrupted by the killed instance. */
    private static final String ROLE_PLAYER = "j.hartmann";
    /** The login page's note after a lost session (login.session-ended.title, German). */
    private static final String SESSION_ENDED = "Sitzung beendet";

    private static Cluster cluster;
    private static Playwright playwright;
    private static Browser browser;
    private static Path screenshots;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startCluster() throws Exception {
        List<String> arguments = new ArrayList<>();
        JOBS_EVERY_MINUTE.forEach(job -> arguments.add("--" + job + "=0 * * * * *"));
        Path directory = Path.of(Cluster.requiredProperty("cluster.dir"));
        screenshots = Files.createDirectories(directory.resolve("screenshots"));
        cluster = Cluster.startAsTheImage(directory, arguments);
        playwright = Playwright.create();
        browser = PageChecks.chromium(playwright);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void two_instances_starting_together_on_an_empty_database_create_schema_and_demo_data_once() throws Exception {
        List<String> logs = cluster.instances.stream().map(AppInstance::logText).toList();
        assertThat(logs).as("started with the bean set-up the build wrote (Spring AOT), as the image starts")
                .allMatch(log -> log.contains("Starting AOT-processed Application"));
        // Flyway's lock: one instance migrates, the other waits and finds the schema up to date.
        assertThat(logs.stream().filter(log -> log.contains("Successfully applied")).count()).isEqualTo(1);
        assertThat(rows("select version from flyway_schema_history where version is not null group by version"
                + " having count(*) > 1")).as("a migration applied twice").isEmpty();
        assertThat(single("select count(*) from flyway_schema_history where not success")).isZero();
        // The start-up lock: one instance creates the demo data, the other then finds it there.
        assertThat(logs).allMatch(log -> log.contains("Start-up lock taken"));
        List<String> created = logs.stream().filter(log -> log.contains("Demo data created")).toList();
        assertThat(created).hasSize(1);
        Matcher employees = Pattern.compile("Demo data created: (\\d+) employees").matcher(created.getFirst());
        assertThat(employees.find()).isTrue();
        assertThat(single("select count(*) from employee")).isEqualTo(Long.parseLong(employees.group(1)));
        assertThat(single("select count(*) from authority")).isEqualTo(2);
        assertThat(rows("select module_key from learning_module where authority_id is null group by module_key"
                + " having count(*) > 1")).as("a shipped module imported twice").isEmpty();
        assertThat(single("select count(*) from learning_module where authority_id is null")).isPositive();
        assertThat(rows("select scenario_key from scenario where authority_id is null group by scenario_key"
                + " having count(*) > 1")).as("a shipped role-play imported twice").isEmpty();
    }

    @Test
    @Order(2)
    void a_signed_in_person_stays_on_one_instance_and_the_certificate_verifies_through_either() throws Exception {
        LearnerSteps steps = new LearnerSteps(cluster.proxyUrl());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            steps.signIn(page, LEARNER);
            String instance = serverCookie(context);
            assertThat(instance).isIn("app1", "app2");
            List<Object> certified = rows("select c.title_de from certificate c join employee e on e.id = c.employee_id"
                    + " where e.username = '" + LEARNER + "'").stream().map(List::getFirst).toList();
            String title = steps.openMyLearning(page).stream()
                    .filter(steps.modulesWithQuiz()::contains).filter(candidate -> !certified.contains(candidate))
                    .findFirst().orElseThrow();

            steps.completeModule(page, title);

            // Every click of the module went to the instance that holds the session; the other knows no session.
            assertThat(serverCookie(context)).as("sticky").isEqualTo(instance);
            screenshot(page, "module-completed");
            String code = awaitCertificate(LEARNER, title);
            for (AppInstance app : cluster.instances) {
                HttpResponse<String> answer = get(app.baseUrl() + "/api/verify/" + code);
                assertThat(answer.statusCode()).as(app.name).isEqualTo(200);
                assertThat(answer.body()).as(app.name).contains("\"status\":\"valid\"", title);
            }
        }
    }

    @Test
    @Order(3)
    void the_daily_jobs_run_once_across_both_instances() throws Exception {
        // Wait until both instances' crons fired at least twice since the later one became healthy.
        awaitSecondZeroPassed(2);
        assertThat(rows("select recipient_id, dedupe_key from notice group by recipient_id, dedupe_key"
                + " having count(*) > 1")).as("a notice sent twice").isEmpty();

        assertOneMailPerRecipient(List.of("Benachrichtigung", "notice"), NOTICE_DIGESTS);
        // The weekly team digest, fired every minute here, goes to each manager once too.
        assertOneMailPerRecipient(List.of("Wochenübersicht", "weekly overview"), MANAGER_DIGESTS);
        assertThat(rows("select name from shedlock").stream().map(List::getFirst)).as("the jobs took their locks")
                .contains("notice-digest", "certificate-reminders", "onboarding-reminders");
    }

    @Test
    @Order(4)
    void the_verification_rate_limit_counts_per_instance() throws Exception {
        String code = (String) rows("select code from certificate order by id").getFirst().getFirst();
        // A program without cookies: HAProxy spreads it over both instances, each counts on its own (30 a minute).
        int allowed = 0;
        int limited = 0;
        for (int i = 0; i < 90; i++) {
            int status = get(cluster.proxyUrl() + "/api/verify/" + code).statusCode();
            if (status == 200) {
                allowed++;
            } else if (status == 429) {
                limited++;
            }
        }
        System.out.printf("Verification through the proxy, 90 requests within a minute: %d answered, %d limited%n",
                allowed, limited);
        assertThat(allowed + limited).isEqualTo(90);
        assertThat(allowed).as("30 per instance and minute, two instances").isBetween(31, 60);
    }

    @Test
    @Order(5)
    void killing_the_instance_in_the_middle_of_a_role_play_asks_to_sign_in_again_and_keeps_every_saved_step()
            throws Exception {
        LearnerSteps steps = new LearnerSteps(cluster.proxyUrl());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            steps.signIn(page, ROLE_PLAYER);
            long attempt = steps.startRolePlay(page, steps.openRolePlays(page).getFirst());
            steps.rolePlayStep(page);
            steps.rolePlayStep(page);
            // Each click was saved in its own transaction; this is the scene the person looks at.
            List<String> offered = page.locator(".scenario-stage vaadin-button").allInnerTexts();
            Object saved = rows("select transcript from scenario_attempt where id = " + attempt).getFirst().getFirst();
            AppInstance holder = instance(serverCookie(context));
            AppInstance other = cluster.instances.stream().filter(app -> app != holder).findFirst().orElseThrow();

            holder.kill();
            page.locator(".scenario-stage vaadin-button").first().click();

            // HAProxy sends the click to the other instance, which knows no session: the login page says why.
            page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
            PageChecks.awaitVaadinIdle(page);
            PlaywrightAssertions.assertThat(page.getByText(SESSION_ENDED).first()).isVisible();
            screenshot(page, "session-ended");
            page.setViewportSize(390, 844);
            screenshot(page, "session-ended-390");
            page.setViewportSize(1366, 900);
            assertThat(serverCookie(context)).isEqualTo(other.name);

            steps.submitLogin(page, ROLE_PLAYER);
            // Back on the role-play, at the last saved scene (its choices; the feedback on the last answer was shown
            // once and is in the transcript).
            page.waitForURL(url -> url.contains("/scenarios/attempt/" + attempt),
                    new Page.WaitForURLOptions().setTimeout(60_000));
            PageChecks.awaitVaadinIdle(page);
            assertThat(page.locator(".scenario-stage vaadin-button").allInnerTexts()).isEqualTo(offered);
            assertThat(rows("select transcript from scenario_attempt where id = " + attempt).getFirst().getFirst())
                    .as("the saved steps").isEqualTo(saved);
            screenshot(page, "role-play-resumed");
            assertThat(steps.playToEnding(page)).isNotBlank();
            assertThat(single("select count(*) from scenario_attempt where id = " + attempt
                    + " and completed_at is not null")).as("the attempt, continued on the other instance, ended")
                    .isEqualTo(1);
        } finally {
            for (AppInstance app : cluster.instances) {
                if (!app.alive()) {
                    app.launch();
                    app.awaitHealthy();
                    // HAProxy takes it back after two good health checks (docker/haproxy.cfg: rise 2, every 5 s).
                    Thread.sleep(12_000);
                }
            }
        }
    }

    @Test
    @Order(6)
    void a_rolling_restart_keeps_the_service_answering() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<String> failures = new ArrayList<>();
        Thread poller = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long started = System.nanoTime();
                try {
                    // A public page (the login page would run into its own rate limit at this pace).
                    HttpResponse<String> page = get(cluster.proxyUrl() + "/privacy?authority=abh-musterstadt");
                    if (page.statusCode() == 200) {
                        answered.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        synchronized (failures) {
                            failures.add(LocalTime.now() + " " + page.statusCode());
                        }
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                    synchronized (failures) {
                        failures.add(LocalTime.now() + " " + e);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                slowest.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (AppInstance instance : cluster.instances) {
            instance.stop();
            instance.launch();
            instance.awaitHealthy();
            // HAProxy takes an instance back after two good health checks (docker/haproxy.cfg: rise 2, every 5 s).
            Thread.sleep(12_000);
        }
        poller.interrupt();
        poller.join();
        System.out.printf("Rolling restart: %d answers, %d failed, slowest %d ms; first failures %s%n",
                answered.get(), failed.get(), slowest.get(), failures.subList(0, Math.min(20, failures.size())));
        assertThat(answered.get()).isGreaterThan(100);
        assertThat(failures).as("requests that failed during the rolling restart").isEmpty();
    }

    private static BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("de").setViewportSize(1366, 900));
    }

    /** HAProxy's stickiness cookie: the instance that holds this browser's session. */
    private static String serverCookie(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("SERVERID")).map(cookie -> cookie.value)
                .findFirst().orElseThrow();
    }

    private static AppInstance instance(String name) {
        return cluster.instances.stream().filter(app -> app.name.equals(name)).findFirst().orElseThrow();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }

    /** The certificate is issued after the completion's transaction, by an event listener: wait for it. */
    private static String awaitCertificate(String username, String title) throws Exception {
        for (int i = 0; i < 120; i++) {
            List<List<Object>> found = rows("select c.code from certificate c join employee e on e.id = c.employee_id"
                    + " where e.username = '" + username + "' and c.title_de = '" + title.replace("'", "''") + "'");
            if (!found.isEmpty()) {
                return (String) found.getFirst().getFirst();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No certificate for " + username + " and " + title + " after 60 s");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitSecondZeroPassed(int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            Thread.sleep((60 - LocalTime.now().getSecond()) * 1000L + 5_000);
        }
    }

    /**
     * Every recipient got exactly one e-mail whose subject contains one of {@code subjects}, and the numbers the
     * instances logged as sent ({@code sentLine}) add up to the recipients: sent once, not once per instance.
     */
    private static void assertOneMailPerRecipient(List<String> subjects, Pattern sentLine) {
        Map<String, Long> perRecipient = Arrays.stream(cluster.mail.getReceivedMessages())
                .filter(message -> subjects.stream().anyMatch(subject(message)::contains))
                .collect(Collectors.groupingBy(ClusterIT::recipient, Collectors.counting()));
        assertThat(perRecipient).as(subjects.getFirst() + ": some were sent").isNotEmpty();
        assertThat(perRecipient.values()).as(subjects.getFirst() + ": one per person, not one per instance")
                .allMatch(count -> count == 1);
        long logged = cluster.instances.stream().mapToLong(instance -> {
            Matcher sent = sentLine.matcher(instance.logText());
            long sum = 0;
            while (sent.find()) {
                sum += Long.parseLong(sent.group(1));
            }
            return sum;
        }).sum();
        assertThat(logged).as(subjects.getFirst() + ": sent according to the logs").isEqualTo(perRecipient.size());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(String sql) throws SQLException {
        return ((Number) rows(sql).getFirst().getFirst()).longValue();
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        try (Connection connection = cluster.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
