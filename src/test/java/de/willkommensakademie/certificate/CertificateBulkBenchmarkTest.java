package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipInputStream;

import com.sun.management.OperatingSystemMXBean;
import de.willkommensakademie.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Prints how long bulk issuing takes for a team of 1,000 people who all completed a module: through the real service
 * (access check, numbering, drawing, storing, an audit entry each, the ZIP of all of them), wall time, the process's
 * CPU time and the largest heap in use, sampled. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=CertificateBulkBenchmarkTest}; figures, not timed assertions.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:certificate-bulk-benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class CertificateBulkBenchmarkTest {

    private static final int PEOPLE = 1000;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void prints_figures_for_1000_certificates_issued_in_bulk_into_one_zip() throws Exception {
        long authority = jdbc.queryForObject("select authority_id from employee where username = 'admin'", Long.class);
        long team = 30_000_000L;
        jdbc.update("insert into team (id, version, authority_id, name) values (?, 0, ?, 'Benchmark 1000')", team,
                authority);
        long[] module = jdbc.query("select m.id, v.id from learning_module m join module_version v"
                + " on v.module_id = m.id where m.authority_id is null order by m.id, v.number",
                (row, number) -> new long[] {row.getLong(1), row.getLong(2)}).getFirst();
        seed(authority, team, module);

        SignedIn.as(accounts, "admin");
        try {
            System.gc();
            HeapPeak heap = new HeapPeak();
            OperatingSystemMXBean process = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
            long cpuStart = process.getProcessCpuTime();
            long start = System.nanoTime();
            BulkResult result = certificates.issueMissing(team, module[0], done -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (process.getProcessCpuTime() - cpuStart) / 1e9;
            long peak = heap.stop();

            assertThat(result.issued()).isEqualTo(PEOPLE);
            assertThat(result.failures()).isEmpty();
            assertThat(entries(result.zip())).isEqualTo(PEOPLE);
            CertificateBenchmarkTest.print(String.format("bulk issue of %d certificates into one ZIP (%d MB): %.1f s"
                    + " wall, %.1f s process CPU, %.1f ms per certificate, heap in use at most %d MB; %s", PEOPLE,
                    result.zip().length / (1024 * 1024), seconds, cpuSeconds, seconds * 1000 / PEOPLE,
                    peak / (1024 * 1024), CertificateBenchmarkTest.machine()));
        } finally {
            SignedIn.nobody();
        }
    }

    private void seed(long authority, long team, long[] module) {
        long jobRole = jdbc.queryForObject("select id from job_role where authority_id = ? and code = 'front-office'",
                Long.class, authority);
        String hash = jdbc.queryForObject("select password_hash from employee where username = 'employee'",
                String.class);
        long firstId = 31_000_000L;
        List<Object[]> people = new ArrayList<>();
        List<Object[]> progress = new ArrayList<>();
        Timestamp completed = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        for (int index = 0; index < PEOPLE; index++) {
            long id = firstId + index;
            people.add(new Object[] {id, authority, "Person " + index, "Müller-Łukasiewicz " + index,
                    "bulk" + index + "@musterstadt.example", "bulk" + index, hash,
                    Date.valueOf(LocalDate.now().minusDays(100)), jobRole, team});
            progress.add(new Object[] {firstId + index, authority, id, module[0], module[1], completed, completed});
        }
        jdbc.batchUpdate("""
                insert into employee (id, version, authority_id, first_name, last_name, email, username, password_hash,
                    password_change_required, preferred_language, start_date, job_role_id, team_id, active, left_on,
                    failed_logins, locked_until)
                values (?, 0, ?, ?, ?, ?, ?, ?, false, 'de', ?, ?, ?, true, null, 0, null)""", people);
        jdbc.batchUpdate("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')",
                people.stream().map(row -> new Object[] {row[0]}).toList());
        jdbc.batchUpdate("""
                insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,
                    started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at, expires_at)
                values (?, 0, ?, ?, ?, ?, ?, '', '', 0, ?, null)""", progress);
    }

    private static int entries(byte[] zip) throws Exception {
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                count++;
            }
        }
        return count;
    }

    /** The largest heap in use, sampled every 10 ms on a daemon thread (a garbage collection may hide a peak). */
    private static final class HeapPeak {

        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler;

        HeapPeak() {
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    Runtime runtime = Runtime.getRuntime();
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException stopped) {
                        return;
                    }
                }
            });
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return peak.get();
        }
    }
}
