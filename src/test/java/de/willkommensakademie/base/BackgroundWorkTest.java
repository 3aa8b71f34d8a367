package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Background work keeps the starter's rights, runs apart from the starter, and in tests runs at once. */
class BackgroundWorkTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void work_runs_on_another_thread_with_the_rights_of_whoever_started_it() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x", "ROLE_ADMIN"));
        BackgroundWork background = new BackgroundWork(false);
        CountDownLatch release = new CountDownLatch(1);
        Thread starter = Thread.currentThread();
        CompletableFuture<String> result = background.start(() -> {
            await(release);
            return (Thread.currentThread() == starter ? "same thread " : "other thread ")
                    + SecurityContextHolder.getContext().getAuthentication().getName();
        });
        assertThat(result).as("the starter is not held up").isNotDone();
        release.countDown();
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("other thread admin");
        background.destroy();
    }

    @Test
    void synchronous_work_is_done_when_start_returns_and_failures_reach_the_future() {
        BackgroundWork background = new BackgroundWork(true);
        assertThat(background.start(() -> 42)).isCompletedWithValue(42);
        CompletableFuture<Object> failing = background.start(() -> {
            throw new UserFacingException("import.error.not-valid", 1);
        });
        assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UserFacingException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
