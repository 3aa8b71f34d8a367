package de.willkommensakademie.base.ui;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Authored Markdown (lessons, scenario texts) to safe HTML: raw HTML in the Markdown is escaped by the renderer, and the result passes a
 * sanitiser that keeps only formatting, lists, tables and plain links, so authored text can never run script.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code").toFactory());

    private SafeMarkdown() {
    }

    /** Safe HTML inside one {@code div}, ready for Vaadin's {@code Html} component. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div class=\"lesson-text\">" + POLICY.sanitize(html) + "</div>";
    }
}
