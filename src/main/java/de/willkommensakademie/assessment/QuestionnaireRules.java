package de.willkommensakademie.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.AuthoredContent;
import de.willkommensakademie.learning.Cornerstone;

/**
 * What a questionnaire needs before it can be published; the file reader and the editor apply the same rules. Every
 * cornerstone has statements, statement keys are stable and unique (rounds count answers and compare rounds by them),
 * every text exists in the default language and fits, and linked modules and role-plays exist.
 */
public final class QuestionnaireRules {

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> LANGUAGES = Set.of("de", "en");
    /** The stored statement key ({@code assessment_tally.statement_key}) and questionnaire key hold this much. */
    public static final int KEY_LENGTH = AuthoredContent.KEY_LENGTH;
    // Checked here and used as the editor's field limits: a statement is one sentence people rate on a phone.
    public static final int TITLE_LENGTH = AuthoredContent.TITLE_LENGTH;
    public static final int INTRODUCTION_LENGTH = 3000;
    public static final int STATEMENT_LENGTH = 300;
    /** Each statement gets 24 counters per group in a round; more than this would be no questionnaire anyone ends. */
    public static final int MAX_STATEMENTS = 100;

    private QuestionnaireRules() {
    }

    /**
     * The problems of {@code questionnaire}; {@code modules} and {@code scenarios} are the keys of the learning modules
     * and role-plays a statement may name (those usable where the questionnaire is used).
     */
    static List<QuestionnaireProblem> check(QuestionnaireContent questionnaire, Set<String> modules,
            Set<String> scenarios) {
        List<QuestionnaireProblem> problems = new ArrayList<>();
        if (!validKey(questionnaire.key())) {
            problems.add(problem("assessment.content.problem.key", String.valueOf(questionnaire.key())));
        }
        String language = questionnaire.defaultLanguage();
        if (!LANGUAGES.contains(language)) {
            problems.add(problem("assessment.content.problem.language", String.valueOf(language)));
            return problems;
        }
        if (!has(questionnaire.title(), language)) {
            problems.add(problem("assessment.content.problem.title", language));
        }
        if (tooLong(questionnaire.title(), TITLE_LENGTH)) {
            problems.add(problem("assessment.content.problem.title-length", String.valueOf(TITLE_LENGTH)));
        }
        if (!has(questionnaire.introduction(), language)) {
            problems.add(problem("assessment.content.problem.introduction", language));
        }
        if (tooLong(questionnaire.introduction(), INTRODUCTION_LENGTH)) {
            problems.add(problem("assessment.content.problem.introduction-length",
                    String.valueOf(INTRODUCTION_LENGTH)));
        }
        if (questionnaire.statements().size() > MAX_STATEMENTS) {
            problems.add(problem("assessment.content.problem.too-many", String.valueOf(MAX_STATEMENTS)));
        }
        Set<String> keys = new HashSet<>();
        Set<Cornerstone> covered = EnumSet.noneOf(Cornerstone.class);
        for (QuestionnaireContent.Statement statement : questionnaire.statements()) {
            String key = String.valueOf(statement.key());
            if (!validKey(statement.key())) {
                problems.add(problem("assessment.content.problem.statement-key", key));
            } else if (!keys.add(statement.key())) {
                problems.add(problem("assessment.content.problem.duplicate-key", key));
            }
            if (statement.cornerstone() == null) {
                problems.add(problem("assessment.content.problem.no-cornerstone", key));
            } else {
                covered.add(statement.cornerstone());
            }
            if (!has(statement.text(), language)) {
                problems.add(problem("assessment.content.problem.statement-text", key, language));
            }
            if (tooLong(statement.text(), STATEMENT_LENGTH)) {
                problems.add(problem("assessment.content.problem.statement-length", key,
                        String.valueOf(STATEMENT_LENGTH)));
            }
            statement.modules().stream().filter(module -> !modules.contains(module)).forEach(module -> problems
                    .add(problem("assessment.content.problem.unknown-module", key, module)));
            statement.scenarios().stream().filter(scenario -> !scenarios.contains(scenario)).forEach(scenario ->
                    problems.add(problem("assessment.content.problem.unknown-scenario", key, scenario)));
        }
        for (Cornerstone cornerstone : Cornerstone.values()) {
            if (!covered.contains(cornerstone)) {
                problems.add(problem("assessment.content.problem.empty-cornerstone." + cornerstone.name()));
            }
        }
        return problems;
    }

    private static boolean validKey(String key) {
        return key != null && key.length() <= KEY_LENGTH && KEY.matcher(key).matches();
    }

    private static boolean has(Text text, String language) {
        return text != null && text.has(language);
    }

    private static boolean tooLong(Text text, int maxLength) {
        return text != null && text.byLanguage().values().stream().anyMatch(value -> value.length() > maxLength);
    }

    private static QuestionnaireProblem problem(String key, String... arguments) {
        return new QuestionnaireProblem(null, key, List.of(arguments));
    }
}
