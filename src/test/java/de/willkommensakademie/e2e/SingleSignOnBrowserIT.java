package de.willkommensakademie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.willkommensakademie.e2e.PageChecks.assertNoSeriousViolations;
import static de.willkommensakademie.e2e.PageChecks.awaitVaadinIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person signs in with their work account in a real browser: from the office's deep link, through the identity
 * provider's own login form (mock-oauth2-server's interactive form, started here), into the app with the roles of
 * their groups, and out again at the provider. Runs its own app (the packaged jar) configured by the app.sso.*
 * properties, as a single-authority installation would be.
 */
class SingleSignOnBrowserIT {

    private static final String ISSUER_ID = "dienstkonto";

    private static MockOAuth2Server provider;
    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        screenshots = Files.createDirectories(Path.of(RunningApp.requiredProperty("screenshots.dir"), "sso"));
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start();
        Path secret = Files.createTempFile("sso-client-secret", "");
        Files.writeString(secret, "browser-test-secret\n");
        secret.toFile().deleteOnExit();
        app = RunningApp.start(Path.of(RunningApp.requiredProperty("app.jar")), Path.of("target", "e2e-sso-app.log"),
                List.of("--app.sso.issuer-uri=" + provider.issuerUrl(ISSUER_ID), "--app.sso.client-id=willkommensakademie",
                        "--app.sso.client-secret-ref=file:" + secret, "--app.sso.authority=ABH Musterstadt",
                        "--app.security.account-check-seconds=0"));
        playwright = Playwright.create();
        browser = PageChecks.chromium(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void a_manager_signs_in_through_the_providers_form_and_out_again() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1366, 800))) {
            Page page = context.newPage();
            page.navigate(app.baseUrl + "/login?authority=abh-musterstadt");
            Locator start = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit Dienstkonto anmelden"));
            assertThat(start).isVisible();
            awaitVaadinIdle(page);
            PageChecks.screenshot(page, screenshots, "login-sso-1366");
            assertNoSeriousViolations(page, "login page with single sign-on");

            start.click();
            // The provider's own login form.
            page.locator("input[name=username]").waitFor();
            page.locator("input[name=username]").fill("s.browser");
            page.locator("textarea[name=claims]").fill("""
                    {"preferred_username": "s.browser", "email": "s.browser@musterstadt.example",
                     "email_verified": true, "given_name": "Sina", "family_name": "Browser",
                     "groups": ["wa-manager"]}""");
            page.locator("input[type=submit]").click();

            page.waitForURL(url -> url.startsWith(app.baseUrl) && !url.contains("/login"));
            Locator userMenu = page.locator("vaadin-menu-bar-button").filter(new Locator.FilterOptions()
                    .setHasText("Sina Browser"));
            assertThat(userMenu).isVisible();
            assertThat(page.locator(".card h3").filter(new Locator.FilterOptions().setHasText("Ihre Teams")))
                    .hasCount(1);
            awaitVaadinIdle(page);
            PageChecks.screenshot(page, screenshots, "start-after-sso-1366");

            userMenu.click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Abmelden")).click();
            // Through the provider's end-session endpoint and back to the login page.
            page.waitForURL(url -> url.startsWith(app.baseUrl + "/login"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit Dienstkonto anmelden")))
                    .isVisible();
            page.navigate(app.baseUrl + "/");
            page.waitForURL(url -> url.contains("/login"));
        }
    }

    @Test
    void the_login_page_and_a_refusal_read_well_on_a_phone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(app.baseUrl + "/login?authority=abh-musterstadt");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit Dienstkonto anmelden")))
                    .isVisible();
            awaitVaadinIdle(page);
            PageChecks.screenshot(page, screenshots, "login-sso-390");

            page.navigate(app.baseUrl + "/login?sso-error=wa_missing_email&authority=abh-musterstadt");
            Locator alert = page.locator(".sso-error[role=alert]");
            assertThat(alert).containsText("keine E-Mail-Adresse");
            awaitVaadinIdle(page);
            PageChecks.screenshot(page, screenshots, "login-sso-error-390");
            assertNoSeriousViolations(page, "login page with a refused sign-in");
        }
    }
}
