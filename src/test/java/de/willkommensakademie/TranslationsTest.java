package de.willkommensakademie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.willkommensakademie.assessment.RoundAnswers;
import de.willkommensakademie.assessment.RoundChange;
import de.willkommensakademie.assessment.RoundFigures;
import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.certificate.CertificateKind;
import de.willkommensakademie.certificate.CertificateStatus;
import de.willkommensakademie.language.CourseStatus;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LevelStatus;
import de.willkommensakademie.language.Skill;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.learning.LearningItem;
import de.willkommensakademie.learning.LessonType;
import de.willkommensakademie.learning.QuestionType;
import de.willkommensakademie.onboarding.ItemStatus;
import de.willkommensakademie.onboarding.Responsible;
import de.willkommensakademie.people.IdentityProviderPolicy.ManagedField;
import de.willkommensakademie.scenario.ScenarioContent;
import org.junit.jupiter.api.Test;

/** German and English stay complete: same keys, no empty text, every key the code uses exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|tr|UserFacingException|ImportProblem\\.(?:at|ofFile)|problem|ScenarioProblem\\.of|inFile|button|small)"
                    + "\\((?:[^\"]*?,\\s*)?\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title = \"([^\"]+)\"");

    @Test
    void german_and_english_have_the_same_keys_and_no_empty_texts() throws IOException {
        Properties german = load("/i18n/messages_de.properties");
        Properties english = load("/i18n/messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
        for (Properties bundle : new Properties[] {german, english}) {
            bundle.forEach((key, value) -> {
                assertThat(value.toString()).as("%s", key).isNotBlank();
                // Plural forms ({0,choice,…}) and number formats need numbers; numbers also fill plain placeholders.
                Object[] arguments = value.toString().matches("(?s).*\\{\\d+,(choice|number).*")
                        ? new Object[] {1, 2, 3, 4, 5} : new Object[] {"x", "y", "z"};
                assertThat(new MessageFormat(value.toString()).format(arguments)).as("%s", key).isNotBlank();
            });
        }
    }

    @Test
    void validation_messages_exist_in_both_languages() throws IOException {
        assertThat(load("/ValidationMessages_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/ValidationMessages.properties").stringPropertyNames());
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(KEY_IN_CODE.matcher(source), used);
                collect(MENU_TITLE.matcher(source), used);
            }
        }
        for (AuditAction action : AuditAction.values()) {
            used.add("audit.action." + action.name());
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        addAll(used, "access.kind.", AccessKind.values());
        addAll(used, "module.status.", ContentStatus.values());
        addAll(used, "learning.group.", LearningItem.Group.values());
        addAll(used, "cornerstone.", Cornerstone.values());
        addAll(used, "editor.add.", LessonType.values());
        addAll(used, "editor.type.", LessonType.values());
        addAll(used, "editor.question-type.", QuestionType.values());
        addAll(used, "assignment.kind.", AssignmentTarget.values());
        addAll(used, "scenarios.outcome.", ScenarioContent.Outcome.values());
        for (String reason : List.of("empty", "too-long", "character", "unexpected", "variable", "comparison",
                "number", "expected", "ended-variable", "ended-comparison", "ended-number")) {
            used.add("scenario.problem.condition." + reason);
        }
        addAll(used, "scenario.status.", ContentStatus.values());
        // The content kernel builds its refusals from each type's prefix (AuthoredContent.messagePrefix).
        for (String type : List.of("module", "scenario", "onboarding")) {
            used.add(type + ".error.archived");
        }
        used.add("module.error.not-own");
        used.add("scenario.error.not-own");
        addAll(used, "certificate.status.", CertificateStatus.values());
        addAll(used, "certificate.badge.criteria.", CertificateKind.values());
        addAll(used, "language.evidence.", Evidence.values());
        addAll(used, "language.course.status.", CourseStatus.values());
        addAll(used, "language.skill.", Skill.values());
        addAll(used, "language.status.", LevelStatus.values());
        addAll(used, "verify.verdict.", CertificateStatus.values());
        used.add("notice.certificate-expiring");
        used.add("notice.onboarding-due");
        used.add("notice.course-approved");
        used.add("notice.course-declined");
        used.add("notice.onboarding-overdue");
        used.add("onboarding.status.WAITING");
        addAll(used, "onboarding.status.", ItemStatus.values());
        addAll(used, "onboarding.who.", Responsible.values());
        used.add("notice.certificate-expiring-team");
        addAll(used, "scenario.node-type.", ScenarioContent.NodeType.values());
        addAll(used, "scenario.editor.add.", ScenarioContent.NodeType.values());
        addAll(used, "employee.error.managed-by-identity-provider.", ManagedField.values());
        addAll(used, "assessment.results.quadrant.", RoundFigures.Quadrant.values());
        addAll(used, "assessment.results.change.", RoundChange.Direction.values());
        addAll(used, "assessment.results.scale.", RoundAnswers.Scale.values());
        used.add("assessment.results.group.TEAM");
        used.add("assessment.results.group.JOB_ROLE");
        assertThat(used).hasSizeGreaterThan(100);
        Set<String> german = load("/i18n/messages_de.properties").stringPropertyNames();
        assertThat(german).containsAll(used);
    }

    @Test
    void role_name_constants_match_the_roles() {
        assertThat(Set.of(Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN,
                Role.Name.OPERATOR)).containsExactlyInAnyOrder(
                        Stream.of(Role.values()).map(Role::name).toArray(String[]::new));
    }

    private static void addAll(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }

    private static void collect(Matcher matcher, Set<String> keys) {
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
