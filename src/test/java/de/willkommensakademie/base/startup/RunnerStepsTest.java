package de.willkommensakademie.base.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.core.metrics.ApplicationStartup;

class RunnerStepsTest {

    static final List<String> calls = new ArrayList<>();

    /** Stands in for a class runner of ours such as ShippedContent: ordered, in our package. */
    @Order(10)
    static class OrderedRunner implements ApplicationRunner {

        @Override
        public void run(ApplicationArguments args) {
            calls.add("runner");
        }
    }

    /** Stands in for RemindersAtStartup. */
    static class ReadyListener {

        @EventListener(ApplicationReadyEvent.class)
        void ready() {
            calls.add("ready");
        }
    }

    static class Plain {
    }

    @Test
    void without_recording_every_bean_stays_as_it_is() {
        RunnerSteps steps = new RunnerSteps();
        steps.setApplicationStartup(ApplicationStartup.DEFAULT);
        OrderedRunner runner = new OrderedRunner();

        assertThat(steps.postProcessAfterInitialization(runner, "runner")).isSameAs(runner);
    }

    @Test
    void while_recording_runners_and_ready_listeners_are_timed_and_still_run_in_their_order() throws Exception {
        calls.clear();
        RunnerSteps steps = new RunnerSteps();
        steps.setApplicationStartup(new BufferingApplicationStartup(10));

        Object runner = steps.postProcessAfterInitialization(new OrderedRunner(), "runner");
        ApplicationRunner lambda = args -> calls.add("lambda");
        Object lambdaRunner = steps.postProcessAfterInitialization(lambda, "lambda");
        Object listener = steps.postProcessAfterInitialization(new ReadyListener(), "listener");
        Plain plain = new Plain();

        assertThat(AopUtils.isAopProxy(runner)).isTrue();
        assertThat(OrderUtils.getOrder(runner.getClass())).isEqualTo(10);
        assertThat(listener).isInstanceOf(ReadyListener.class);
        assertThat(steps.postProcessAfterInitialization(plain, "plain")).isSameAs(plain);
        ((ApplicationRunner) runner).run(new DefaultApplicationArguments());
        ((ApplicationRunner) lambdaRunner).run(new DefaultApplicationArguments());
        ((ReadyListener) listener).ready();
        assertThat(calls).containsExactly("runner", "lambda", "ready");
    }
}
