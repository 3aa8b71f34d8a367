package de.willkommensakademie.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * What every browser test class does the same way: start Debian's Chromium, wait for Vaadin, run axe, screenshot.
 * Public for the cluster and load tests, which drive the same browser.
 */
public final class PageChecks {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private PageChecks() {
    }

    /** Debian's Chromium: Playwright must never download a browser of its own. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static void awaitVaadinIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    /** axe-core over the page (without the {@code excluded} selectors): nothing serious or critical. */
    static void assertNoSeriousViolations(Page page, String what, String... excluded) {
        // a dialog or notification fading in or out has low contrast for a moment: measure once it has settled
        // (getAnimations sees into shadow roots; endless ones such as a loading bar are not waited for)
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running'"
                + " || !isFinite(animation.effect.getComputedTiming().endTime))", null,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        AxeBuilder axe = new AxeBuilder(page).withTags(WCAG_TAGS);
        for (String selector : excluded) {
            axe = axe.exclude(selector);
        }
        AxeResults results = axe.analyze();
        assertThat(results.isErrored()).as("axe-core run on %s: %s", what, results.getErrorMessage()).isFalse();

        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        results.getViolations().stream().filter(rule -> !blocking.contains(rule))
                .forEach(rule -> System.out.println("axe (not blocking) on " + what + ": " + describe(rule)));
        // Checks axe could not decide (e.g. contrast over Vaadin's layered backgrounds): for a human to look at.
        results.getIncomplete().stream().filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .forEach(rule -> System.out.println("axe (needs review) on " + what + ": " + describe(rule)));
        if (!blocking.isEmpty()) {
            fail("Serious or critical accessibility violations on " + what + ":\n"
                    + blocking.stream().map(PageChecks::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining("; "));
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " → " + targets;
    }

    static void screenshot(Page page, Path directory, String name) {
        // Vaadin's loading bar fades out after the last round-trip; wait so it does not streak the picture.
        page.waitForFunction("() => { const bar = document.querySelector('.v-loading-indicator');"
                + " return !bar || getComputedStyle(bar).opacity === '0'; }");
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(true));
    }
}
