package de.willkommensakademie.base.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.event.TransactionalEventListener;

/** Every after-commit listener goes through the event registry under a stable, unique, translated name. */
class RecordEventListenersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.willkommensakademie");

    @Test
    void after_commit_listeners_are_record_event_listeners_so_their_publications_are_retried_under_a_stable_name() {
        noMethods().should().beAnnotatedWith(TransactionalEventListener.class)
                .because("@RecordEventListener gives the registry a name that survives renaming the method")
                .check(CLASSES);
    }

    @Test
    void every_listener_has_a_unique_name_that_the_admins_start_page_can_show_in_german_and_english()
            throws IOException {
        List<String> ids = CLASSES.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(RecordEventListener.class))
                .map(JavaMethod::reflect).map(method -> method.getAnnotation(RecordEventListener.class).id())
                .toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(7).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+\\.[a-z-]+"));
        for (String bundle : List.of("/i18n/messages_de.properties", "/i18n/messages_en.properties")) {
            Properties texts = load(bundle);
            assertThat(ids).allSatisfy(id -> assertThat(texts.getProperty("events.listener." + id)).as("%s in %s",
                    id, bundle).isNotBlank());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RecordEventListenersTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
