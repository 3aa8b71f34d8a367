package de.willkommensakademie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ProductionBuildCheckTest {

    private static final String PRODUCTION_BUILD_INFO = """
            {"productionMode": true, "eagerServerLoad": false, "react.enable": false}""";
    private static final String DEVELOPMENT_BUILD_INFO = """
            {"productionMode": false, "eagerServerLoad": false}""";

    @Test
    void a_jar_packaged_without_the_production_profile_is_refused_with_the_command_that_builds_a_runnable_one() {
        assertThat(ProductionBuildCheck.problem(true, null, false)).hasValueSatisfying(message -> assertThat(message)
                .contains("built without the production profile", "./mvnw -Pproduction package", "JDK 21",
                        "./mvnw spring-boot:run"));
    }

    @Test
    void a_jar_whose_build_info_says_development_mode_and_lacks_the_dev_server_is_refused() {
        assertThat(ProductionBuildCheck.problem(true, DEVELOPMENT_BUILD_INFO, false))
                .contains(ProductionBuildCheck.MESSAGE);
    }

    @Test
    void a_jar_with_unreadable_build_info_counts_as_development_mode() {
        assertThat(ProductionBuildCheck.problem(true, "{not json", false)).contains(ProductionBuildCheck.MESSAGE);
        assertThat(ProductionBuildCheck.problem(true, "{}", false)).contains(ProductionBuildCheck.MESSAGE);
    }

    @Test
    void the_production_jar_starts() {
        assertThat(ProductionBuildCheck.problem(true, PRODUCTION_BUILD_INFO, false)).isEmpty();
    }

    @Test
    void a_jar_that_carries_the_dev_server_starts_in_development_mode() {
        assertThat(ProductionBuildCheck.problem(true, null, true)).isEmpty();
        assertThat(ProductionBuildCheck.problem(true, DEVELOPMENT_BUILD_INFO, true)).isEmpty();
    }

    @Test
    void runs_from_the_build_classes_are_never_judged() {
        assertThat(ProductionBuildCheck.problem(false, null, false)).isEmpty();
        assertThat(ProductionBuildCheck.problem(false, DEVELOPMENT_BUILD_INFO, false)).isEmpty();
    }

    @Test
    void the_dev_server_class_it_looks_for_is_the_one_vaadin_dev_brings() {
        // Guards the class name against a Vaadin upgrade: vaadin-dev is on the test classpath, as in spring-boot:run.
        assertThatCode(() -> Class.forName(ProductionBuildCheck.DEV_SERVER_CLASS)).doesNotThrowAnyException();
    }

    @Test
    void the_tests_and_spring_boot_run_classpath_passes_the_check() {
        assertThat(ProductionBuildCheck.problemOf(Application.class)).isEmpty();
    }
}
