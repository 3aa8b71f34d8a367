package de.willkommensakademie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.willkommensakademie.e2e.PageChecks.awaitVaadinIdle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Text a person cannot read whole, on every page each role can reach, in German and English, at 1366 and 390 px: text
 * cut off by an ancestor that hides overflow, two texts painted over each other, or a page that scrolls sideways
 * ({@code layout-check.js}, run in the page, shadow roots included). The pages come from the app itself: the side
 * navigation each role sees, every route without a menu entry the role is let into (header pages, pages behind a
 * button), and the detail pages one click away from a list ({@link #DETAILS}). Screenshots are kept where something
 * was found, and of the phone drawer.
 * The last test fails when a route of the app was reached by no role, so a new page cannot slip past unchecked.
 * Pages with findings are saved as screenshots; {@code -Dlayout.screenshots=true} saves every page at both widths.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LayoutIT {

    private static final String PASSWORD = "demo";
    private static final List<Integer> WIDTHS = List.of(1366, 390);
    /** Below this width Lumo's app layout lays the drawer over the page instead of beside it. */
    private static final int OVERLAY_BELOW = 800;

    private static final String SHIPPED_MODULE = "Deeskalation und Sicherheit am Schalter";
    private static final String SHIPPED_SCENARIO = "Acht Monate Wartezeit";
    private static final String SHIPPED_QUESTIONNAIRE = "Standortbestimmung: Auf dem Weg zur Willkommensbehörde";

    /** A detail page: the list page it is opened from, and the click(s) that open it there. */
    private record Detail(String from, Consumer<Page> open) {
    }

    /** Route template (parameter as {id}) → how a person opens it. German labels: details are found in German. */
    private static final Map<String, Detail> DETAILS = Map.of(
            "learning/module/{id}", new Detail("learning", page -> main(page)
                    .locator("vaadin-button[theme~=primary]").first().click()),
            "scenarios/attempt/{id}", new Detail("scenarios", page -> main(page)
                    .locator("vaadin-button[theme~=primary]").first().click()),
            "modules/preview/{id}", new Detail("modules", page -> {
                selectRow(page, SHIPPED_MODULE);
                button(page, "Vorschau").click();
            }),
            "modules/edit/{id}", new Detail("modules", page -> {
                selectRow(page, SHIPPED_MODULE);
                button(page, "Duplizieren").click();
            }),
            "scenarios/edit/{id}", new Detail("scenarios/library", page -> {
                selectRow(page, SHIPPED_SCENARIO);
                button(page, "Duplizieren").click();
            }),
            "onboarding/templates/edit/{id}", new Detail("onboarding/templates", page -> main(page)
                    .locator(".attempt-list vaadin-button").first().click()),
            "questionnaires/edit/{id}", new Detail("questionnaires", page -> {
                selectRow(page, SHIPPED_QUESTIONNAIRE);
                button(page, "Anpassen").click();
            }),
            // the second round in the list (newest first): the demo round that ended two years ago, with charts, the
            // change since the round before and that round's actions beside their statements
            "assessment/results/{id}", new Detail("assessment", page -> main(page)
                    .locator("a[href^='assessment/results/']").nth(1).click()),
            // the start page's invitation to the running demo round
            "assessment/answer/{id}", new Detail("", page -> main(page)
                    .locator("a[href^='assessment/answer/']").first().click()),
            // The matrix on wide screens, the list of people on narrow ones: whichever shows.
            "team/progress/person/{id}", new Detail("team/progress", page -> main(page)
                    .locator(".progress-person a:visible, a.progress-card-name:visible").first().click()));

    /** The viewport height at which the app layout's scrolling content shows whole (at most 8000 px). */
    private static final String CONTENT_HEIGHT = """
            () => {
              let extra = document.documentElement.scrollHeight - window.innerHeight;
              const main = document.querySelector('[role=main]');
              for (let el = main; el; el = el.assignedSlot || el.parentElement
                  || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null)) {
                const overflow = getComputedStyle(el).overflowY;
                if (overflow === 'auto' || overflow === 'scroll') {
                  extra = Math.max(extra, el.scrollHeight - el.clientHeight);
                }
              }
              return Math.min(8000, window.innerHeight + Math.max(0, extra));
            }
            """;
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final String CHECK = resource("layout-check.js");

    /** Role → the addresses its German run could open (navigation, other pages, details), visited again in English. */
    private static final Map<String, List<String>> reachable = new ConcurrentHashMap<>();
    private static final Set<String> visitedRoutes = ConcurrentHashMap.newKeySet();

    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;
    private static Path screenshots;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        screenshots = Files.createDirectories(Path.of(RunningApp.requiredProperty("screenshots.dir"), "layout"));
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

    static Stream<Arguments> rolesAndLanguages() {
        // German first for each role: its run collects the addresses the English run visits again.
        return Stream.of("employee", "manager", "trainer", "admin", "operator")
                .flatMap(login -> Stream.of(Arguments.of(login, "de"), Arguments.of(login, "en")));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("rolesAndLanguages")
    void every_page_a_role_reaches_shows_its_text_whole_at_1366_and_390_px(String login, String language) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDTHS.getFirst(), 800).setLocale(language))) {
            Page page = context.newPage();
            signIn(page, login);
            if (language.equals("en")) {
                chooseLanguage(page, "English");
            }
            try {
                List<String> findings = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                if (language.equals("de")) {
                    // The navigation first (Vaadin lists every @Menu page the role may open), then the app's other
                    // pages that need no parameter (header pages such as notices, pages behind a button) where the
                    // role is let in, then the detail pages of the lists.
                    Set<String> candidates = new LinkedHashSet<>(navigationPaths(page));
                    candidates.addAll(pagesOutsideTheMenu());
                    List<String> opened = new ArrayList<>();
                    for (String path : candidates) {
                        if (open(page, path)) {
                            opened.add(path);
                            findings.addAll(check(page, login, language, path, seen));
                            findDetails(page, login, path, opened);
                        }
                    }
                    reachable.put(login, opened);
                }
                for (String path : reachable.getOrDefault(login, List.of())) {
                    if (language.equals("de") && !path.matches(".*/\\d+$")) {
                        continue; // checked above
                    }
                    if (open(page, path)) {
                        findings.addAll(check(page, login, language, path, seen));
                    }
                }
                assertThat(findings).as("text that cannot be read whole (%s, %s); screenshots in %s", login,
                        language, screenshots).isEmpty();
            } finally {
                if (language.equals("en")) {
                    chooseLanguage(page, "Deutsch");
                }
            }
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void the_pages_before_sign_in_show_their_text_whole(String language) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDTHS.getFirst(), 800).setLocale(language))) {
            Page page = context.newPage();
            List<String> findings = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String path : List.of("login", "verify/" + "A".repeat(32), "privacy", "privacy?authority=abh-musterstadt",
                    "accessibility?authority=abh-musterstadt", "accessibility/feedback?authority=abh-musterstadt")) {
                page.navigate(app.baseUrl + "/" + path);
                awaitVaadinIdle(page);
                visitedRoutes.add(template(path));
                findings.addAll(check(page, "visitor", language, path, seen));
            }
            assertThat(findings).as("text that cannot be read whole before sign-in (%s)", language).isEmpty();
        }
    }

    static Stream<String> languages() {
        return Stream.of("de", "en");
    }

    @Order(3)
    @Test
    void every_route_of_the_app_was_checked_by_some_role() {
        Set<String> routes = appRoutes();
        assertThat(routes).as("routes found in the app").hasSizeGreaterThan(20);
        assertThat(new TreeSet<>(visitedRoutes)).as("checked routes; a route missing here needs a way in: the side "
                + "navigation (@Menu), a page without parameter a role may open, or DETAILS in LayoutIT").containsAll(routes);
    }

    /** Opens a page; false when the role may not (the friendly not-found page shows instead). */
    private static boolean open(Page page, String path) {
        page.navigate(app.baseUrl + "/" + path);
        awaitVaadinIdle(page);
        if (page.locator("h1").filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("^(Seite nicht gefunden|Page not found)$"))).count() > 0) {
            return false;
        }
        visitedRoutes.add(template(path));
        return true;
    }

    /** Runs the check at each width on the page as it is, resizing rather than reloading. */
    private static List<String> check(Page page, String login, String language, String path, Set<String> seen) {
        List<String> findings = new ArrayList<>();
        if (path.isEmpty()) {
            // On the start page every navigation group is opened, so all entries' labels are looked at.
            page.evaluate("() => document.querySelectorAll('vaadin-side-nav-item[has-children]')"
                    + ".forEach(group => group.expanded = true)");
        }
        for (int width : WIDTHS) {
            resize(page, width, 800);
            // The app layout scrolls its content inside the viewport; a viewport as tall as the content shows it all.
            int height = ((Number) page.evaluate(CONTENT_HEIGHT)).intValue();
            if (height > 800) {
                resize(page, width, height);
            }
            List<Object> found = new ArrayList<>((List<?>) page.evaluate(CHECK, null));
            if (width < OVERLAY_BELOW && path.isEmpty()) {
                // On a phone the navigation is a drawer over the page: open it once per role, look at its labels.
                drawer(page, true);
                ((List<?>) page.evaluate(CHECK, "vaadin-app-layout > [slot=drawer]")).stream()
                        .filter(finding -> !found.contains(finding)).forEach(found::add);
                page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(login + "-" + language
                        + "-drawer-" + width + ".png")));
                drawer(page, false);
            }
            String name = login + "-" + language + "-" + (path.isEmpty() ? "start" : NUMBER.matcher(path)
                    .replaceAll("").replace('/', '-')) + "-" + width;
            if (!found.isEmpty() || Boolean.getBoolean("layout.screenshots")) {
                page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")));
            }
            for (Object finding : found) {
                Map<?, ?> f = (Map<?, ?>) finding;
                // The frame (navigation, header) is on every page: name each finding once, where first seen.
                if (!seen.add(width + "|" + f.get("kind") + "|" + f.get("text") + "|" + f.get("element"))) {
                    continue;
                }
                findings.add("/%s as %s (%s) at %d px: %s \"%s\" in %s by %s (%s)".formatted(path, login, language,
                        width, f.get("kind"), f.get("text"), f.get("element"), f.get("by"), f.get("detail")));
            }
        }
        resize(page, WIDTHS.getFirst(), 800);
        findings.forEach(System.out::println);
        return findings;
    }

    /**
     * Resizes as a person turning a tablet would, then waits until the app layout has settled: a drawer beside the
     * page from 800 px up, a closed drawer over it below, as a page freshly opened at that width shows it.
     */
    private static void resize(Page page, int width, int height) {
        page.setViewportSize(width, height);
        page.waitForFunction("overlay => { const layout = document.querySelector('vaadin-app-layout');"
                + " return !layout || layout.overlay === overlay; }", width < OVERLAY_BELOW);
        if (width < OVERLAY_BELOW) {
            drawer(page, false);
        }
        awaitVaadinIdle(page);
        page.waitForTimeout(100); // resize observers (grids) lay out once more
    }

    private static void drawer(Page page, boolean opened) {
        page.evaluate("opened => { const layout = document.querySelector('vaadin-app-layout');"
                + " if (layout) { layout.drawerOpened = opened; } }", opened);
        page.waitForTimeout(400); // the drawer slides in or out
    }

    /** The side navigation's addresses as this role sees them, grouped entries included. */
    private static List<String> navigationPaths(Page page) {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'vaadin-side-nav-item[path]')].map(item => item.getAttribute('path'))");
        assertThat(paths).as("side navigation").contains("");
        return paths;
    }

    private static void findDetails(Page page, String login, String path, List<String> opened) {
        DETAILS.forEach((route, detail) -> {
            if (!detail.from().equals(path)) {
                return;
            }
            String before = page.url();
            // A role without the button (a manager cannot duplicate) should not wait long for it.
            page.setDefaultTimeout(8_000);
            try {
                detail.open().accept(page);
                page.waitForURL(url -> !url.equals(before), new Page.WaitForURLOptions().setTimeout(10_000));
                awaitVaadinIdle(page);
                String found = page.url().substring(app.baseUrl.length() + 1);
                if (template(found).equals(route)) {
                    opened.add(found);
                }
            } catch (RuntimeException notForThisRole) {
                // The button is not there for this role (e.g. a manager cannot duplicate): another role covers it.
            } finally {
                page.setDefaultTimeout(30_000);
            }
            page.navigate(app.baseUrl + "/" + path);
            awaitVaadinIdle(page);
        });
    }

    private static Locator main(Page page) {
        return page.locator("[role=main]");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + name)));
    }

    /** Selects the grid row of a shipped item, which shows the row's actions. */
    private static void selectRow(Page page, String title) {
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        awaitVaadinIdle(page);
    }

    /** "learning/module/12" → "learning/module/{id}". */
    private static String template(String path) {
        String withoutQuery = path.replaceAll("[?#].*$", "");
        return NUMBER.matcher(withoutQuery).replaceAll("/{id}").replaceAll("/[A-Z0-9]{32}$", "/{id}");
    }

    /** The app's routes without a parameter and without a @Menu entry (those the navigation lists). */
    private static Set<String> pagesOutsideTheMenu() {
        return routeClasses().stream().filter(view -> !HasUrlParameter.class.isAssignableFrom(view))
                .filter(view -> !view.isAnnotationPresent(Menu.class))
                .map(view -> view.getAnnotation(Route.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every @Route of the application, as a template; parameters as {id}. */
    private static Set<String> appRoutes() {
        return routeClasses().stream().map(view -> {
            String route = view.getAnnotation(Route.class).value();
            return HasUrlParameter.class.isAssignableFrom(view) ? route + "/{id}" : route;
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("de.willkommensakademie").stream().<Class<?>>map(candidate -> {
            try {
                return Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).filter(view -> !view.getProtectionDomain().getCodeSource().getLocation().getPath()
                .contains("test-classes")).toList(); // routes the Karibu tests define for themselves
    }

    private static void signIn(Page page, String login) {
        page.navigate(app.baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(app.baseUrl + "/");
        awaitVaadinIdle(page);
    }

    /** The user menu's language switch, as a person uses it; it is stored for the account, so it is set back after. */
    private static void chooseLanguage(Page page, String language) {
        page.navigate(app.baseUrl + "/");
        awaitVaadinIdle(page);
        page.locator("vaadin-menu-bar-button:visible").last().click();
        menuItem(page, language.equals("English") ? "Sprache" : "Language").click();
        menuItem(page, language).click();
        page.waitForLoadState();
        awaitVaadinIdle(page);
        // the home entry reads "Startseite" in German and "Start" in English (the item's text carries white space)
        Locator home = page.locator("vaadin-side-nav-item[path='']");
        if (language.equals("English")) {
            assertThat(home).not().containsText("Startseite");
            assertThat(home).containsText("Start");
        } else {
            assertThat(home).containsText("Startseite");
        }
    }

    /** An item of the open user menu by its text (an anchored pattern never matched the items' text here). */
    private static Locator menuItem(Page page, String text) {
        return page.locator("vaadin-menu-bar-item[role=menuitem]").filter(new Locator.FilterOptions()
                .setHasText(text)).first();
    }

    private static String resource(String name) {
        try (InputStream in = LayoutIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
