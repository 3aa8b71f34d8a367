package de.willkommensakademie.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.willkommensakademie.e2e.PageChecks.awaitVaadinIdle;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.yaml.snakeyaml.Yaml;

/**
 * What a learner does in the browser, step by step, for the cluster and load tests: sign in, open "Mein Lernen", open
 * a module, read a lesson, pass a quiz, play a role-play to an ending, sign out. Each step waits until Vaadin has
 * answered and checks that the page shows what the step leads to, so a step that returns has really happened; a
 * step that fails throws (Playwright's timeout or an {@link AssertionError}). German texts: the demo people read
 * German. The correct quiz answers come from the shipped modules' {@code modules/<dir>/module.yaml}.
 */
final class LearnerSteps {

    /** Every demo account's password. */
    static final String PASSWORD = "demo";

    /** Playwright's wait for an expected text or element; generous, since a loaded 2-core machine is slow. */
    private static final double WAIT_MS = 60_000;
    /** A role-play that has not ended after this many clicks is going round in circles. */
    private static final int MAX_ROLE_PLAY_STEPS = 200;
    private static final Pattern MODULE_ADDRESS = Pattern.compile(".*/learning/module/(\\d+)$");
    private static final Pattern ATTEMPT_ADDRESS = Pattern.compile(".*/scenarios/attempt/(\\d+)$");
    private static final Pattern LESSON_HEADING = Pattern.compile("^Lektion (\\d+) von (\\d+)");

    private final String baseUrl;
    private final Map<String, ShippedModule> modulesByTitle;

    /** Steps against {@code baseUrl} (the proxy or one instance), with the shipped modules from {@code modules/}. */
    LearnerSteps(String baseUrl) {
        this(baseUrl, Path.of("modules"));
    }

    LearnerSteps(String baseUrl, Path modulesDirectory) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.modulesByTitle = ShippedModule.readAll(modulesDirectory);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The German titles of the shipped modules that have a quiz, in the order of their directories. */
    List<String> modulesWithQuiz() {
        return modulesByTitle.values().stream().filter(module -> module.firstQuiz() >= 0).map(ShippedModule::title)
                .toList();
    }

    /** The first lesson (from 0) of the module titled {@code title} that is read rather than answered. */
    int firstLessonToRead(String title) {
        List<List<Question>> lessons = shipped(title).lessons();
        for (int index = 0; index < lessons.size(); index++) {
            if (lessons.get(index) == null) {
                return index;
            }
        }
        throw new IllegalArgumentException(title + " has only quizzes");
    }

    /**
     * Signs in with the login form at {@code /login} (password {@value #PASSWORD}) and waits until the start page has
     * loaded and Vaadin is idle. Expects a signed-out browser context.
     */
    void signIn(Page page, String login) {
        page.navigate(baseUrl + "/login");
        submitLogin(page, login);
        page.waitForURL(baseUrl + "/", new Page.WaitForURLOptions().setTimeout(WAIT_MS));
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
    }

    /**
     * Fills the login form already shown and sends it; where it leads (the start page, or the page the person was
     * sent away from) is the caller's to wait for.
     */
    void submitLogin(Page page, String login) {
        Locator username = page.locator("vaadin-login-form input[name=username]");
        assertThat(username).isVisible(visible());
        awaitVaadinIdle(page);
        username.fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    /**
     * Opens "Mein Lernen" ({@code /learning}) and returns the titles of the modules and role-plays on it that have a
     * button to open them (start, resume or review), in page order.
     */
    List<String> openMyLearning(Page page) {
        page.navigate(baseUrl + "/learning");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mein Lernen").setLevel(2)))
                .isVisible(visible());
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
        List<String> titles = new ArrayList<>();
        Object labels = page.locator(".learning-card vaadin-button")
                .evaluateAll("buttons => buttons.map(button => button.getAttribute('aria-label'))");
        for (Object label : (List<?>) labels) {
            // "Starten: <title>", "Fortsetzen: <title>", …
            String text = String.valueOf(label);
            int colon = text.indexOf(": ");
            if (colon > 0) {
                titles.add(text.substring(colon + 2));
            }
        }
        return titles;
    }

    /**
     * On "Mein Lernen", clicks the button of the module titled {@code title} and waits for the module player; returns
     * the module's id from the address.
     */
    long openModule(Page page, String title) {
        page.locator(".learning-card").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(title).setExact(true)))).locator("vaadin-button").click();
        page.waitForURL(MODULE_ADDRESS, new Page.WaitForURLOptions().setTimeout(WAIT_MS));
        assertThat(page.locator(".lesson-area h3").first()).containsText("Lektion", contains());
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
        Matcher address = MODULE_ADDRESS.matcher(page.url());
        if (!address.matches()) {
            throw new AssertionError("Not in the module player: " + page.url());
        }
        return Long.parseLong(address.group(1));
    }

    /**
     * In the module player: shows lesson {@code lesson} (from 0) through the lesson list and clicks "Weiter" (or
     * "Abschließen" on the last lesson), which records it as read; waits until the next lesson shows (or, on the last
     * one, Vaadin is idle). For text, video and image lessons; a quiz counts only once passed ({@link #answerQuiz}).
     */
    void readLesson(Page page, int lesson) {
        int total = showLesson(page, lesson);
        boolean last = lesson + 1 == total;
        page.locator(".player-buttons").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(last ? "Abschließen" : "Weiter").setExact(true)).click();
        if (!last) {
            assertThat(lessonHeading(page)).hasText(Pattern.compile("^Lektion " + (lesson + 2) + " von " + total
                    + "\\b"), hasText());
        }
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
    }

    /**
     * In the player of the module titled {@code moduleTitle}: shows its first quiz, ticks the correct answers (from
     * its {@code module.yaml}), submits them, and waits for the summary to say "Bestanden".
     */
    void answerQuiz(Page page, String moduleTitle) {
        ShippedModule module = shipped(moduleTitle);
        int lesson = module.firstQuiz();
        if (lesson < 0) {
            throw new IllegalArgumentException(moduleTitle + " has no quiz");
        }
        answerQuiz(page, moduleTitle, lesson);
    }

    /** As {@link #answerQuiz(Page, String)} for the quiz at lesson {@code lesson} (from 0). */
    void answerQuiz(Page page, String moduleTitle, int lesson) {
        ShippedModule module = shipped(moduleTitle);
        List<Question> questions = module.lessons().get(lesson);
        if (questions == null) {
            throw new IllegalArgumentException("Lesson " + lesson + " of " + moduleTitle + " is no quiz");
        }
        showLesson(page, lesson);
        Locator fields = page.locator(".lesson-area .quiz-question");
        assertThat(fields).hasCount(questions.size(), new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
        for (int index = 0; index < questions.size(); index++) {
            Question question = questions.get(index);
            Locator field = fields.nth(index);
            assertThat(field).containsText((index + 1) + ". ", contains());
            for (String answer : question.correct()) {
                field.getByRole(question.multiple() ? AriaRole.CHECKBOX : AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(answer).setExact(true)).check();
            }
        }
        // the values reach the server with the click that submits them
        page.locator(".lesson-area").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Antworten absenden").setExact(true)).click();
        assertThat(page.locator(".lesson-area .quiz-summary")).containsText("Bestanden", contains());
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
    }

    /**
     * Opens the module titled {@code title} from "Mein Lernen" and works through every lesson in order: reads the
     * others, passes each quiz; waits for "Sie haben das Modul abgeschlossen." Returns the module's id.
     */
    long completeModule(Page page, String title) {
        openMyLearning(page);
        long moduleId = openModule(page, title);
        List<List<Question>> lessons = shipped(title).lessons();
        for (int lesson = 0; lesson < lessons.size(); lesson++) {
            if (lessons.get(lesson) == null) {
                readLesson(page, lesson);
            } else {
                answerQuiz(page, title, lesson);
            }
        }
        // a quiz last completes the module with its submission; text last with "Abschließen"
        assertThat(page.getByText("Sie haben das Modul abgeschlossen.").first()).isVisible(visible());
        return moduleId;
    }

    /**
     * Opens the role-plays ({@code /scenarios}) and returns the titles of the ones that can be started, in page
     * order.
     */
    List<String> openRolePlays(Page page) {
        page.navigate(baseUrl + "/scenarios");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rollenspiele").setLevel(2)))
                .isVisible(visible());
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
        return page.locator(".cards .card h3").allTextContents().stream().map(String::strip).toList();
    }

    /**
     * On the role-plays page: starts a new attempt of the role-play titled {@code title} ("Starten") and waits for
     * its first scene; returns the attempt's id from the address.
     */
    long startRolePlay(Page page, String title) {
        page.locator(".cards .card").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(title).setExact(true)))).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Starten: " + title).setExact(true)).click();
        page.waitForURL(ATTEMPT_ADDRESS, new Page.WaitForURLOptions().setTimeout(WAIT_MS));
        assertThat(page.locator(".scenario-stage h2")).hasText(title, hasText());
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
        return attemptId(page);
    }

    /** The id of the attempt open in the role-play player, from the address. */
    long attemptId(Page page) {
        Matcher address = ATTEMPT_ADDRESS.matcher(page.url());
        if (!address.matches()) {
            throw new AssertionError("Not in the role-play player: " + page.url());
        }
        return Long.parseLong(address.group(1));
    }

    /**
     * One click in the open role-play: "Weiter" on a narration scene, otherwise the first choice offered. Waits until
     * the stage has changed and Vaadin is idle. Returns the ending's title if the role-play has ended (then nothing
     * is clicked), otherwise null.
     */
    String rolePlayStep(Page page) {
        String ending = endingTitle(page);
        if (ending != null) {
            return ending;
        }
        Locator stage = page.locator(".scenario-stage");
        String before = stage.innerText();
        Locator choices = stage.locator("vaadin-button.scenario-choice");
        if (choices.count() > 0) {
            choices.first().click();
        } else {
            stage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weiter").setExact(true)).click();
        }
        page.waitForFunction("before => { const stage = document.querySelector('.scenario-stage');"
                + " return stage && stage.innerText !== before; }", before,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
        awaitVaadinIdle(page);
        assertNoErrorShown(page);
        return endingTitle(page);
    }

    /**
     * Plays the open role-play to an ending with {@link #rolePlayStep} (the first choice each time) and returns the
     * ending's title; fails if no ending comes within {@value #MAX_ROLE_PLAY_STEPS} clicks.
     */
    String playToEnding(Page page) {
        assertThat(page.locator(".scenario-stage h2")).isVisible(visible());
        for (int step = 0; step < MAX_ROLE_PLAY_STEPS; step++) {
            String ending = rolePlayStep(page);
            if (ending != null) {
                return ending;
            }
        }
        throw new AssertionError("No ending after " + MAX_ROLE_PLAY_STEPS + " steps at " + page.url());
    }

    /** The open role-play's ending title ("Ende: <title>" on the stage), or null while it goes on. */
    String endingTitle(Page page) {
        Locator ending = page.locator(".scenario-stage h3").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Ende: ")));
        return ending.count() == 0 ? null : ending.first().innerText().strip().substring("Ende: ".length());
    }

    /** Signs out through the user menu ("Abmelden") and waits for the login page. */
    void signOut(Page page) {
        // the menu's root item is the person's name; the bar's overflow button stays hidden
        page.locator("vaadin-menu-bar[aria-label='Benutzermenü'] vaadin-menu-bar-button:not([slot=overflow])")
                .first().click();
        Locator logout = page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions()
                .setHasText("Abmelden"));
        assertThat(logout).isVisible(visible());
        logout.click();
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl) + "/login.*"),
                new Page.WaitForURLOptions().setTimeout(WAIT_MS));
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible(visible());
        awaitVaadinIdle(page);
    }

    /**
     * Fails if the page shows the app's error or not-found page, an error notification, or Vaadin's own error
     * message (such as "session expired"). Every step above calls it before it returns.
     */
    void assertNoErrorShown(Page page) {
        Locator problem = page.locator(".message-page, vaadin-notification-card[theme~=error], .v-system-error");
        if (problem.count() > 0) {
            throw new AssertionError("Error shown at " + page.url() + ": " + problem.first().innerText().strip());
        }
    }

    private int showLesson(Page page, int lesson) {
        Locator heading = lessonHeading(page);
        assertThat(heading).containsText("Lektion", contains());
        Matcher shown = LESSON_HEADING.matcher(heading.innerText().strip());
        if (!shown.find()) {
            throw new AssertionError("No lesson heading in the player: " + heading.innerText());
        }
        int total = Integer.parseInt(shown.group(2));
        if (Integer.parseInt(shown.group(1)) != lesson + 1) {
            page.locator(".lesson-nav li").nth(lesson).locator("vaadin-button").click();
            assertThat(heading).hasText(Pattern.compile("^Lektion " + (lesson + 1) + " von " + total + "\\b"),
                    hasText());
            awaitVaadinIdle(page);
        }
        return total;
    }

    private static Locator lessonHeading(Page page) {
        return page.locator(".lesson-area h3").first();
    }

    private ShippedModule shipped(String title) {
        ShippedModule module = modulesByTitle.get(title);
        if (module == null) {
            throw new IllegalArgumentException("No shipped module titled " + title + "; known: "
                    + modulesByTitle.keySet());
        }
        return module;
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MS);
    }

    private static LocatorAssertions.ContainsTextOptions contains() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS);
    }

    private static LocatorAssertions.HasTextOptions hasText() {
        return new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS);
    }

    /** One quiz question: whether several answers may be ticked, and the German texts of the correct ones. */
    record Question(boolean multiple, List<String> correct) {
    }

    /**
     * A shipped module as far as the steps need it: its German title and, per lesson, its questions (null for a
     * lesson that is no quiz).
     */
    record ShippedModule(String title, List<List<Question>> lessons) {

        int firstQuiz() {
            for (int index = 0; index < lessons.size(); index++) {
                if (lessons.get(index) != null) {
                    return index;
                }
            }
            return -1;
        }

        static Map<String, ShippedModule> readAll(Path directory) {
            Map<String, ShippedModule> modules = new LinkedHashMap<>();
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path file : entries.sorted().map(entry -> entry.resolve("module.yaml")).filter(Files::isRegularFile)
                        .toList()) {
                    ShippedModule module = read(file);
                    modules.put(module.title(), module);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (modules.isEmpty()) {
                throw new IllegalStateException("No module.yaml under " + directory.toAbsolutePath());
            }
            return modules;
        }

        @SuppressWarnings("unchecked")
        private static ShippedModule read(Path file) throws IOException {
            Map<String, Object> yaml;
            try (Reader reader = Files.newBufferedReader(file)) {
                yaml = new Yaml().load(reader);
            }
            List<List<Question>> lessons = new ArrayList<>();
            for (Map<String, Object> lesson : (List<Map<String, Object>>) yaml.get("lessons")) {
                if (!"quiz".equals(lesson.get("type"))) {
                    lessons.add(null);
                    continue;
                }
                List<Question> questions = new ArrayList<>();
                for (Map<String, Object> question : (List<Map<String, Object>>) lesson.get("questions")) {
                    List<String> correct = new ArrayList<>();
                    for (Map<String, Object> answer : (List<Map<String, Object>>) question.get("answers")) {
                        if (Boolean.TRUE.equals(answer.get("correct"))) {
                            correct.add(german(answer.get("text")));
                        }
                    }
                    questions.add(new Question("multiple".equals(question.get("type")), List.copyOf(correct)));
                }
                lessons.add(List.copyOf(questions));
            }
            return new ShippedModule(german(yaml.get("title")), Collections.unmodifiableList(lessons));
        }

        @SuppressWarnings("unchecked")
        private static String german(Object text) {
            return String.valueOf(((Map<String, Object>) text).get("de")).strip();
        }
    }
}
