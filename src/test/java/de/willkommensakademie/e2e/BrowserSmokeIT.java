package de.willkommensakademie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.willkommensakademie.e2e.PageChecks.assertNoSeriousViolations;
import static de.willkommensakademie.e2e.PageChecks.awaitVaadinIdle;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Smoke test of the packaged production jar in a real browser: every demo role signs in and sees its start page,
 * the pages pass axe-core's WCAG 2.1 A/AA checks without serious or critical findings, and refused or unknown
 * addresses show the friendly not-found page. Screenshots go to {@code screenshots.dir} for a human look.
 */
class BrowserSmokeIT {

    private static final String PASSWORD = "demo";

    private static final String LEARNING_CARD = "Ihr Lernen";
    private static final String ONBOARDING_CARD = "Meine ersten Wochen";
    private static final String PROFILE_CARD = "Ihr Platz in der Behörde";
    private static final String TEAMS_CARD = "Ihre Teams";
    private static final String PROGRESS_CARD = "Teamfortschritt";
    private static final String ADMIN_CARD = "Verwaltung";
    private static final String OPERATOR_CARD = "Plattformbetrieb";
    // the running demo round of the self-assessment asks everyone in ABH Musterstadt; the demo actions' owners
    private static final String ASSESSMENT_CARD = "Standortbestimmung";
    private static final String ACTIONS_CARD = "Ihre Maßnahmen";
    private static final String NOT_FOUND = "Seite nicht gefunden";

    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;
    private static Path screenshots;

    private BrowserContext context;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        screenshots = Files.createDirectories(Path.of(RunningApp.requiredProperty("screenshots.dir")));
        app = RunningApp.shared();
        playwright = Playwright.create();
        browser = PageChecks.chromium(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        // The app is shared with the other browser test classes and stops with the JVM.
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Demo login → the start-page cards it must see, in page order; any other card is a leak. */
    static Stream<Arguments> demoRoles() {
        return Stream.of(
                Arguments.of("admin", List.of(ASSESSMENT_CARD, LEARNING_CARD, ACTIONS_CARD, PROFILE_CARD, ADMIN_CARD)),
                Arguments.of("manager", List.of(ASSESSMENT_CARD, LEARNING_CARD, ACTIONS_CARD, PROFILE_CARD,
                        TEAMS_CARD, PROGRESS_CARD)),
                Arguments.of("trainer", List.of(ASSESSMENT_CARD, LEARNING_CARD, PROFILE_CARD)),
                Arguments.of("employee", List.of(ASSESSMENT_CARD, ONBOARDING_CARD, LEARNING_CARD, PROFILE_CARD)),
                Arguments.of("admin2", List.of(LEARNING_CARD, PROFILE_CARD, TEAMS_CARD, PROGRESS_CARD, ADMIN_CARD)),
                Arguments.of("operator", List.of(OPERATOR_CARD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoRoles")
    void each_demo_role_signs_in_and_sees_its_start_page(String login, List<String> expectedCards) {
        Page page = signIn(login, 1280, 800);

        assertThat(page.locator(".card h3").allTextContents()).as("start-page cards of %s", login)
                .map(String::strip)
                .containsExactlyElementsOf(expectedCards);
        screenshot(page, "start-" + login);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "manager", "trainer", "employee", "admin2", "operator"})
    void each_role_start_page_has_no_serious_accessibility_violations(String login) {
        Page page = signIn(login, 1280, 800);

        assertNoSeriousViolations(page, "start page of " + login);
    }

    @Test
    void login_page_has_no_serious_accessibility_violations() {
        Page page = newPage(1280, 800);
        page.navigate(app.baseUrl + "/login");
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible();
        awaitVaadinIdle(page);
        screenshot(page, "login");

        assertNoSeriousViolations(page, "login page");
        page.locator("vaadin-login-form input[name=username]").fill("jemand");
        assertTextContrast(page, "fields", "login page", 3);
    }

    /** The pages every public body must have, as a visitor without an account opens them from the login page. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"privacy?authority=abh-musterstadt", "accessibility?authority=abh-musterstadt",
            "accessibility/feedback?authority=abh-musterstadt", "privacy"})
    void the_public_privacy_and_accessibility_pages_have_no_serious_accessibility_violations(String path) {
        Page page = newPage(1280, 800);
        page.navigate(app.baseUrl + "/" + path);
        assertThat(page.locator("h1")).isVisible();
        awaitVaadinIdle(page);
        screenshot(page, "public-" + path.replaceAll("[^a-z]+", "-"));

        assertNoSeriousViolations(page, "public page /" + path);
    }

    @ParameterizedTest(name = "{0} sees Mitarbeitende: {1}")
    @CsvSource({"admin, true", "employee, false"})
    void only_admins_find_the_employee_list_in_the_side_navigation(String login, boolean expected) {
        Page page = signIn(login, 1280, 800);

        List<String> items = page.locator("vaadin-side-nav-item").allTextContents().stream().map(String::strip).toList();
        // Guards the negative case: an empty navigation would also lack the item.
        assertThat(items).as("side navigation of %s", login).contains("Startseite");
        if (expected) {
            assertThat(items).as("side navigation of %s", login).contains("Mitarbeitende");
        } else {
            assertThat(items).as("side navigation of %s", login).doesNotContain("Mitarbeitende");
        }
    }

    @Test
    void the_navigation_text_has_at_least_4_5_to_1_contrast_against_what_is_painted_behind_it() {
        Page page = signIn("employee", 1280, 800);

        assertTextContrast(page, "navigation", "side navigation", 6);
    }

    /**
     * axe leaves contrast "for review" where Vaadin layers semi-transparent backgrounds across shadow roots. This
     * measures it: the text colour against the backgrounds actually painted behind it, composited along the rendered
     * (flat) tree, every CSS colour converted to sRGB by the browser itself. Fails below 4.5:1 (WCAG 1.4.3).
     */
    private static void assertTextContrast(Page page, String scope, String what, int atLeast) {
        List<?> measured = (List<?>) page.evaluate(TEXT_CONTRAST, scope);
        measured.forEach(entry -> System.out.println("contrast on " + what + ": " + entry));
        assertThat(measured).as("texts measured on %s", what).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Object entry : measured) {
            Map<?, ?> text = (Map<?, ?>) entry;
            assertThat(((Number) text.get("ratio")).doubleValue()).as("contrast on %s: %s", what, text)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** Scope "navigation": brand, label and items of the side navigation; "fields": labels, inputs, helpers, buttons. */
    private static final String TEXT_CONTRAST = """
            scope => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 1;
              const ctx = canvas.getContext('2d', {willReadFrequently: true});
              const rgba = css => {
                ctx.clearRect(0, 0, 1, 1);
                ctx.fillStyle = '#000';
                ctx.fillStyle = css;
                ctx.fillRect(0, 0, 1, 1);
                const d = ctx.getImageData(0, 0, 1, 1).data;
                return [d[0], d[1], d[2], d[3] / 255];
              };
              const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
              const up = el => el.assignedSlot || el.parentElement
                  || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
              const behind = el => {
                const layers = [];
                for (let e = el; e; e = up(e)) {
                  const colour = rgba(getComputedStyle(e).backgroundColor);
                  if (colour[3] > 0) {
                    layers.push(colour);
                    if (colour[3] >= 1) break;
                  }
                }
                return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
              };
              const luminance = c => {
                const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
              };
              const measure = (what, el) => {
                const background = behind(el);
                const text = over(rgba(getComputedStyle(el).color), background);
                const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
                return {what, ratio: Math.round((light + 0.05) / (dark + 0.05) * 100) / 100,
                        text: text.slice(0, 3).map(Math.round).join(','),
                        background: background.slice(0, 3).map(Math.round).join(',')};
              };
              const shown = el => el.getClientRects().length > 0;
              const results = [];
              if (scope === 'navigation') {
                document.querySelectorAll('.app-brand').forEach(el => results.push(measure('brand', el)));
                const nav = document.querySelector('vaadin-side-nav');
                const label = nav.shadowRoot.querySelector('[part~="label"]') || nav.querySelector('[slot="label"]');
                if (label) results.push(measure('navigation label', label));
                for (const item of document.querySelectorAll('vaadin-side-nav-item')) {
                  const link = item.shadowRoot.querySelector('[part~="link"]') || item.shadowRoot.querySelector('a');
                  const slot = link.querySelector('slot:not([name])') || link;
                  results.push(measure((item.hasAttribute('current') ? 'current item ' : 'item ')
                      + item.textContent.trim(), slot));
                }
              } else {
                const texts = 'label[slot="label"], input[slot="input"]:not([type=radio]):not([type=checkbox]), '
                    + 'textarea[slot="textarea"], [slot="helper"]';
                for (const el of document.querySelectorAll(texts)) {
                  const content = (el.value !== undefined && el.tagName !== 'LABEL' ? el.value : el.textContent).trim();
                  if (shown(el) && content) results.push(measure(el.tagName.toLowerCase() + ' ' + content, el));
                }
                for (const button of document.querySelectorAll('vaadin-button')) {
                  const slot = button.shadowRoot && button.shadowRoot.querySelector('slot:not([name])');
                  const content = button.textContent.trim();
                  if (slot && shown(button) && content && !button.hasAttribute('disabled')) {
                    results.push(measure('button ' + content, slot));
                  }
                }
              }
              return results;
            }
            """;

    @Test
    void employee_start_page_fits_a_320_px_screen_without_horizontal_scrolling() {
        Page page = signIn("employee", 320, 640);
        screenshot(page, "start-employee-320");

        // WCAG 1.4.10 Reflow: content must fit 320 CSS px without scrolling sideways.
        Map<?, ?> widths = (Map<?, ?>) page.evaluate(
                "() => ({scroll: document.documentElement.scrollWidth, viewport: window.innerWidth})");
        int scrollWidth = ((Number) widths.get("scroll")).intValue();
        int viewport = ((Number) widths.get("viewport")).intValue();
        assertThat(viewport).isEqualTo(320);
        assertThat(scrollWidth).as("document width at 320 px viewport").isLessThanOrEqualTo(viewport + 1);
        assertThat(page.locator(".card h3").first()).isInViewport();
    }

    @Test
    void unknown_address_shows_the_friendly_not_found_page() {
        Page page = signIn("employee", 1280, 800);

        page.navigate(app.baseUrl + "/no/such/page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(NOT_FOUND))).isVisible();
        screenshot(page, "not-found");
    }

    @Test
    void employee_is_refused_the_employee_administration() {
        Page page = signIn("employee", 1280, 800);

        page.navigate(app.baseUrl + "/admin/employees");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(NOT_FOUND))).isVisible();
        awaitVaadinIdle(page);
        // The refusal must not render the list behind the message.
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertThat(page.getByText("Kowalski")).hasCount(0);
    }

    @Test
    void the_learner_finds_assigned_modules_and_plays_a_lesson_accessibly() {
        Page page = signIn("employee", 1280, 800);
        page.navigate(app.baseUrl + "/learning");
        String module = "Deeskalation und Sicherheit am Schalter";
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(module))).isVisible();
        checkShownPage(page, "learning-employee", "My learning");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starten: " + module)).click();
        page.waitForURL(url -> url.contains("/learning/module/"));
        assertThat(page.locator("h3").filter(new Locator.FilterOptions()
                .setHasText("Lektion 1 von")).first()).isVisible();
        checkShownPage(page, "lesson-employee", "lesson player");
    }

    @Test
    void the_role_play_player_is_accessible() {
        Page page = signIn("employee", 1280, 800);
        page.navigate(app.baseUrl + "/scenarios");
        awaitVaadinIdle(page);
        assertNoSeriousViolations(page, "role-play list");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Starten"))
                .first().click();
        page.waitForURL(url -> url.contains("/scenarios/attempt/"));
        checkShownPage(page, "role-play", "role-play player");
    }

    @Test
    void the_role_play_player_fits_a_320_px_screen() {
        Page page = signIn("employee", 320, 640);
        page.navigate(app.baseUrl + "/scenarios");
        awaitVaadinIdle(page);
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Starten"))
                .first().click();
        page.waitForURL(url -> url.contains("/scenarios/attempt/"));
        awaitVaadinIdle(page);
        // Play on with the keyboard only: Tab to the first button of the stage, Enter to press it.
        page.locator(".scenario-stage vaadin-button").first().focus();
        page.keyboard().press("Enter");
        awaitVaadinIdle(page);
        screenshot(page, "role-play-320");
        Map<?, ?> widths = (Map<?, ?>) page.evaluate(
                "() => ({scroll: document.documentElement.scrollWidth, viewport: window.innerWidth})");
        assertThat(((Number) widths.get("scroll")).intValue()).as("document width of the player at 320 px")
                .isLessThanOrEqualTo(((Number) widths.get("viewport")).intValue() + 1);
        // Nothing may be cut off either: the stage and every button end inside the viewport.
        Number widest = (Number) page.evaluate("() => Math.max(...[...document.querySelectorAll("
                + "'.scenario-stage, .scenario-stage vaadin-button, .scenario-stage h2')]"
                + ".map(element => element.getBoundingClientRect().right))");
        assertThat(widest.doubleValue()).as("right edge of the player's content").isLessThanOrEqualTo(321);
        assertThat(page.locator(".scenario-stage vaadin-button").first()).isInViewport();
        assertNoSeriousViolations(page, "role-play player at 320 px");
    }

    @Test
    void the_role_play_library_and_editor_are_accessible() {
        Page page = signIn("trainer", 1280, 800);
        checkPage(page, "/scenarios/library", p -> p.locator("vaadin-grid"), "scenario-library",
                "role-play library");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neues Rollenspiel")).click();
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions()
                .setHasText("Titel (Deutsch)")).locator("input").fill("Rollenspiel im Browser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        page.waitForURL(url -> url.contains("/scenarios/edit/"));
        assertThat(page.locator(".scenario-graph svg")).isVisible();
        checkShownPage(page, "scenario-editor", "role-play editor");
    }

    @Test
    void the_trainer_module_list_and_editor_are_accessible() {
        Page page = signIn("trainer", 1280, 800);
        checkPage(page, "/modules", p -> p.locator("vaadin-grid"), "modules-trainer", "module list");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neues Lernmodul")).click();
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions()
                .setHasText("Titel (Deutsch)")).locator("input").fill("Barrierefreiheit im Browser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        page.waitForURL(url -> url.contains("/modules/edit/"));
        checkShownPage(page, "module-editor", "module editor");
        assertTextContrast(page, "fields", "module editor", 10);
    }

    @Test
    void the_certificate_register_and_the_public_verification_page_are_accessible() {
        Page page = signIn("employee", 1280, 800);
        page.navigate(app.baseUrl + "/certificates");
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.getByText("Englisch am Schalter (B1)")).isVisible();
        checkShownPage(page, "certificates-employee", "certificate register");

        Page visitor = newPage(390, 800);
        visitor.navigate(app.baseUrl + "/verify/" + "A".repeat(32));
        // The visitor's browser language decides; the page speaks German or English.
        assertThat(visitor.getByText(Pattern.compile(
                "Zu diesem Code wurde keine Bescheinigung gefunden|No certificate was found for this code")))
                .isVisible();
        checkShownPage(visitor, "verify-unknown", "verification page");
    }

    @Test
    void the_onboarding_pages_are_accessible() {
        Page page = signIn("employee", 1280, 800);
        checkPage(page, "/onboarding", p -> p.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Heute und diese Woche")), "onboarding-employee", "my first weeks");
        page.context().close();

        Page manager = signIn("manager", 1280, 800);
        checkPage(manager, "/onboarding/team", p -> p.locator("vaadin-grid"), "onboarding-team", "team onboarding");
    }

    @Test
    void the_language_pages_are_accessible() {
        Page page = signIn("employee", 1280, 800);
        checkPage(page, "/languages", p -> p.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Meine Sprachen")), "languages-employee", "my languages");
        page.context().close();

        Page manager = signIn("manager", 1280, 800);
        checkPage(manager, "/languages/team", p -> p.locator("svg[role=img]"), "languages-team", "team languages");
    }

    @Test
    void the_team_progress_matrix_is_accessible_at_1366_px_and_becomes_a_list_at_320_px() {
        Page page = signIn("manager", 1366, 800);
        checkPage(page, "/team/progress", p -> p.locator("vaadin-grid.progress-matrix"), "team-progress-1366",
                "team progress matrix");
        assertThat(page.locator("vaadin-grid.progress-cards")).isHidden();
        assertThat(page.getByText("nicht begonnen").first()).isVisible();
        page.locator(".progress-person a").first().click();
        page.waitForURL(url -> url.contains("/team/progress/person/"));
        assertThat(page.getByText("Diese Seite zeigt nie")).isVisible();
        checkShownPage(page, "team-progress-person-1366", "a person's page in team progress");
        page.context().close();

        Page narrow = signIn("manager", 320, 640);
        checkPage(narrow, "/team/progress", p -> p.locator("vaadin-grid.progress-cards"), "team-progress-320",
                "team progress list at 320 px");
        assertThat(narrow.locator("vaadin-grid.progress-matrix")).isHidden();
        Map<?, ?> widths = (Map<?, ?>) narrow.evaluate(
                "() => ({scroll: document.documentElement.scrollWidth, viewport: window.innerWidth})");
        assertThat(((Number) widths.get("scroll")).intValue()).as("document width at 320 px")
                .isLessThanOrEqualTo(((Number) widths.get("viewport")).intValue() + 1);
    }

    @Test
    void logging_out_from_the_user_menu_ends_the_session() {
        Page page = signIn("employee", 1280, 800);

        page.locator("vaadin-menu-bar-button").filter(new Locator.FilterOptions()
                .setHasText("Aylin Demir")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible();

        // The old session is gone: the start page asks for a login again.
        page.navigate(app.baseUrl + "/");
        page.waitForURL(url -> url.contains("/login"));
    }

    private Page newPage(int width, int height) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        return context.newPage();
    }

    /** Signs in through the real login form and waits for the start page's greeting. */
    private Page signIn(String login, int width, int height) {
        Page page = newPage(width, height);
        page.navigate(app.baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(app.baseUrl + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .containsText("Willkommen");
        awaitVaadinIdle(page);
        return page;
    }

    /** Opens {@code path}, waits until {@code ready} shows, then {@link #checkShownPage}. */
    private static void checkPage(Page page, String path, Function<Page, Locator> ready, String screenshot,
            String what) {
        page.navigate(app.baseUrl + path);
        assertThat(ready.apply(page)).isVisible();
        checkShownPage(page, screenshot, what);
    }

    /** Waits until Flow is idle, keeps a screenshot and runs axe on what the page shows now. */
    private static void checkShownPage(Page page, String screenshot, String what) {
        awaitVaadinIdle(page);
        screenshot(page, screenshot);
        assertNoSeriousViolations(page, what);
    }

    /** Waits until Flow has no server round-trip in progress, so checks see the finished page. */
    private static void screenshot(Page page, String name) {
        PageChecks.screenshot(page, screenshots, name);
    }
}
