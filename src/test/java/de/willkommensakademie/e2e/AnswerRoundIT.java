package de.willkommensakademie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.willkommensakademie.e2e.PageChecks.awaitVaadinIdle;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Answering the running demo round of the self-assessment in a real browser: the page at 1366 and 390 px, then the
 * whole way on a 320 px phone — from the start page's invitation, two ratings and a comment, saved, the page opened
 * again with the draft in place, submitted after the confirmation. axe-core finds nothing serious or critical and
 * nothing scrolls sideways at any step; screenshots go to {@code screenshots.dir/assessment}. A demo person answers
 * who is not a demo login, so the demo employee's invitation stays for the other browser classes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswerRoundIT {

    private static final String PASSWORD = "demo";
    /** Dragan Petrović of ABH Musterstadt: asked in the running demo round, has not answered it. */
    private static final String RESPONDENT = "d.petrovic";
    private static final String STATEMENT = "Unsere Behörde hat ein Leitbild, das die Beschäftigten selbst"
            + " mitentwickelt haben.";

    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;
    private static Path screenshots;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        screenshots = Files.createDirectories(Path.of(RunningApp.requiredProperty("screenshots.dir"), "assessment"));
        app = RunningApp.shared();
        playwright = Playwright.create();
        browser = PageChecks.chromium(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void the_answering_page_reads_whole_on_a_desktop_and_a_phone() {
        for (int width : List.of(1366, 390)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, 1400).setLocale("de"))) {
                Page page = context.newPage();
                signIn(page, RESPONDENT);
                openInvitation(page);
                check(page, "answering " + width);
                screenshot(page, "answer-" + width);
            }
        }
    }

    @Test
    @Order(2)
    void a_person_answers_saves_returns_and_submits_on_a_320_px_phone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(320, 1400).setLocale("de"))) {
            Page page = context.newPage();
            signIn(page, RESPONDENT);
            openInvitation(page);
            check(page, "answering 320");
            screenshot(page, "answer-320");

            Locator first = statement(page);
            first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("2")).first().check();
            first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("5 – hohe Priorität")).check();
            page.getByLabel("Kommentar zu „Selbstverständnis“ (freiwillig)").fill("Das Leitbild hängt nur im Flur.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und später weitermachen"))
                    .click();
            awaitVaadinIdle(page);
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Ihr Entwurf ist gespeichert.");

            page.reload();
            awaitVaadinIdle(page);
            first = statement(page);
            assertThat(first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("2")).first())
                    .isChecked();
            assertThat(first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                    .setName("5 – hohe Priorität"))).isChecked();
            assertThat(page.getByLabel("Kommentar zu „Selbstverständnis“ (freiwillig)"))
                    .hasValue("Das Leitbild hängt nur im Flur.");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antworten abschicken")).click();
            awaitVaadinIdle(page);
            assertThat(page.getByText("Danach können Sie sie nicht mehr ändern.")).isVisible();
            check(page, "submit confirmation 320");
            screenshot(page, "answer-confirm-320");
            // the dialog's button comes last; the page's own one lies under the modal dialog
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antworten abschicken")).last().click();
            awaitVaadinIdle(page);

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vielen Dank!")))
                    .isVisible();
            check(page, "answered 320");
            screenshot(page, "answer-thanks-320");
            page.navigate(app.baseUrl + "/");
            awaitVaadinIdle(page);
            assertThat(page.locator("a[href^='assessment/answer/']")).hasCount(0);
        }
    }

    private static void openInvitation(Page page) {
        page.locator("a[href^='assessment/answer/']").first().click();
        awaitVaadinIdle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
                .containsText("Standortbestimmung");
        assertThat(statement(page)).isVisible();
    }

    /** The fieldset of the first statement: its legend is the statement, its radio groups the two scales. */
    private static Locator statement(Page page) {
        return page.locator("fieldset").filter(new Locator.FilterOptions().setHasText(STATEMENT));
    }

    private static void check(Page page, String what) {
        Object sideways = page.evaluate("() => document.scrollingElement.scrollWidth > window.innerWidth");
        assertThat(sideways).as("%s scrolls sideways", what).isEqualTo(false);
        PageChecks.assertNoSeriousViolations(page, what);
    }

    private static void signIn(Page page, String login) {
        page.navigate(app.baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(app.baseUrl + "/");
        awaitVaadinIdle(page);
    }

    private static void screenshot(Page page, String name) {
        PageChecks.screenshot(page, screenshots, name);
    }
}
