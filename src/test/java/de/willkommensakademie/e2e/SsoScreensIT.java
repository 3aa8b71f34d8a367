package de.willkommensakademie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.willkommensakademie.e2e.PageChecks.awaitVaadinIdle;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The single sign-on admin screens in a real browser at 1366 and 390 px: the operator's list and editor, and the
 * employee dialog's link action once the authority signs in through an identity provider. axe-core finds nothing
 * serious or critical, no page scrolls sideways, and the screenshots go to {@code screenshots.dir/sso}. Runs after the
 * other browser classes (alphabetical), since it switches single sign-on on for the demo authority.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SsoScreensIT {

    private static final String PASSWORD = "demo";
    private static final List<Integer> WIDTHS = List.of(1366, 390);
    private static final String AUTHORITY = "Ausländerbehörde Musterstadt";
    // Tall enough that the editor dialog shows whole in the screenshot; the width is what the layout is checked at.
    private static final int HEIGHT = 2600;

    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;
    private static Path screenshots;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        screenshots = Files.createDirectories(Path.of(RunningApp.requiredProperty("screenshots.dir"), "sso"));
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
    void the_operator_edits_an_authoritys_settings_at_both_widths() {
        for (int width : WIDTHS) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, HEIGHT).setLocale("de"))) {
                Page page = context.newPage();
                signIn(page, "operator");
                page.navigate(app.baseUrl + "/operator/sso");
                awaitVaadinIdle(page);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Single Sign-on")))
                        .isVisible();
                check(page, "operator/sso list " + width);
                screenshot(page, "operator-sso-list-" + width);

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Single Sign-on für " + AUTHORITY + " bearbeiten")).click();
                awaitVaadinIdle(page);
                page.getByLabel("Single Sign-on eingeschaltet").check();
                page.getByLabel("Aussteller (Issuer URI)").fill("https://id.musterstadt.example/realms/verwaltung");
                page.getByLabel("Client-ID").fill("willkommensakademie");
                page.getByLabel("Client-Geheimnis (Verweis)").fill("env:WA_SSO_CLIENT_SECRET");
                awaitVaadinIdle(page);
                assertThat(page.getByLabel("Redirect URI"))
                        .hasValue(Pattern.compile("/login/oauth2/code/authority-\\d+$"));
                check(page, "operator/sso editor " + width);
                screenshot(page, "operator-sso-editor-" + width);

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
                awaitVaadinIdle(page);
                assertThat(page.locator("vaadin-notification-card").first())
                        .containsText("Die Single-Sign-on-Einstellungen für " + AUTHORITY + " wurden gespeichert.");
            }
        }
    }

    @Test
    @Order(2)
    void the_admin_sees_the_link_action_at_both_widths() {
        for (int width : WIDTHS) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, HEIGHT).setLocale("de"))) {
                Page page = context.newPage();
                signIn(page, "admin");
                page.navigate(app.baseUrl + "/admin/employees");
                awaitVaadinIdle(page);
                // No search first: its delayed refresh would replace the row's button under the click.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aylin Demir bearbeiten")).click();
                awaitVaadinIdle(page);
                screenshot(page, "employee-dialog-link-" + width);
                assertThat(page.getByRole(AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Verknüpfung mit Dienstkonto freigeben"))).isVisible();
                // The roles' checkbox group (unchanged here) carries aria-required, which axe does not allow on a group:
                // a finding of Vaadin's component, reported to the lead, not of what this class checks.
                check(page, "employee dialog " + width, "vaadin-checkbox-group");
            }
        }
    }

    @Test
    @Order(3)
    void the_operator_creates_a_scim_token_at_both_widths() {
        for (int width : WIDTHS) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, HEIGHT).setLocale("de"))) {
                Page page = context.newPage();
                signIn(page, "operator");
                page.navigate(app.baseUrl + "/operator/scim");
                awaitVaadinIdle(page);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SCIM-Bereitstellung")))
                        .isVisible();
                check(page, "operator/scim " + width);

                page.getByLabel("Behörde").first().click();
                page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(AUTHORITY)).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token erstellen")).click();
                awaitVaadinIdle(page);
                assertThat(page.getByLabel("Token (geheim)")).not().hasValue("");
                check(page, "operator/scim new token " + width);
                screenshot(page, "operator-scim-token-" + width);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schließen")).click();
                // axe would otherwise see the dialog fading out over the list (low contrast while it goes).
                page.getByText("SCIM-Adresse (Tenant-URL)").waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.HIDDEN));
                awaitVaadinIdle(page);
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Widerrufen")).first())
                        .isVisible();
                check(page, "operator/scim list " + width);
                screenshot(page, "operator-scim-list-" + width);
            }
        }
    }

    private static void check(Page page, String what, String... excluded) {
        Object sideways = page.evaluate("() => document.scrollingElement.scrollWidth > window.innerWidth");
        assertThat(sideways).as("%s scrolls sideways", what).isEqualTo(false);
        PageChecks.assertNoSeriousViolations(page, what, excluded);
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
