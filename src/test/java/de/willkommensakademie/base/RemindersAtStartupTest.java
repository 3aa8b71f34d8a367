package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/** The daily reminder jobs run once when the app is ready; one failing job stops neither the start nor the others. */
@SpringBootTest
@ActiveProfiles("test")
class RemindersAtStartupTest {

    @Autowired
    ApplicationContext context;

    @Test
    void every_reminder_job_runs_once_at_start_up_even_when_one_fails() {
        List<String> ran = new ArrayList<>();
        DailyReminders failing = () -> {
            ran.add("failing");
            throw new IllegalStateException("database away");
        };
        DailyReminders working = () -> ran.add("working");
        new RemindersAtStartup(List.of(failing, working)).runOnce();
        assertThat(ran).containsExactly("failing", "working");
    }

    @Test
    void the_learning_onboarding_and_certificate_reminders_are_run_when_the_application_is_ready() throws Exception {
        RemindersAtStartup atStartup = context.getBean(RemindersAtStartup.class);
        assertThat(atStartup.jobs()).extracting(job -> ClassUtils.getUserClass(job).getSimpleName())
                .containsExactlyInAnyOrder("LearningReminders", "OnboardingReminders", "CertificateReminders",
                        "RoundReminders");
        EventListener listener = RemindersAtStartup.class.getDeclaredMethod("runOnce").getAnnotation(EventListener.class);
        assertThat(listener.value()).containsExactly(ApplicationReadyEvent.class);
    }
}
