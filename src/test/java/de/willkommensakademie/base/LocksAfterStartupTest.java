package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

/** Jobs fired while the instance still writes its start-up data are skipped, not run on half the data. */
class LocksAfterStartupTest {

    private final List<String> asked = new ArrayList<>();
    private final SimpleLock held = () -> { };
    private final LocksAfterStartup locks = new LocksAfterStartup(job -> {
        asked.add(job.getName());
        return Optional.of(held);
    });
    private final LockConfiguration digest = new LockConfiguration(Instant.now(), "manager-digest",
            Duration.ofMinutes(30), Duration.ZERO);

    @Test
    void no_lock_is_granted_before_the_application_is_ready_and_the_database_is_not_even_asked() {
        assertThat(locks.lock(digest)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void once_ready_the_locks_come_from_the_database() {
        locks.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                new GenericApplicationContext(), Duration.ZERO));
        assertThat(locks.lock(digest)).containsSame(held);
        assertThat(asked).containsExactly("manager-digest");
    }
}
