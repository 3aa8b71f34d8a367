package de.willkommensakademie.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.privacy.ExportFile;
import de.willkommensakademie.base.privacy.PersonalData;
import org.springframework.web.util.HtmlUtils;

/**
 * The readable part of an export, {@code summary.html}: one page in the person's language with a heading per feature
 * and per record type and one table per record type (column headers are the JSON's field names, so a reader finds
 * each value again in the machine-readable files), then the list of files. Plain HTML with a language attribute,
 * headings in order, captions and column headers, no scripts: it opens in any browser and screen reader, offline.
 */
final class SummaryPage {

    private SummaryPage() {
    }

    static String render(Translations translations, Locale language, String personName, String createdAt,
            Map<String, PersonalData> parts) {
        Locale locale = Translations.supported(language);
        StringBuilder html = new StringBuilder(16 * 1024);
        String title = translations.getTranslation("privacy.export.summary.title", locale, personName);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}")
                .append("table{border-collapse:collapse;margin-bottom:1.5em;display:block;overflow-x:auto}")
                .append("th,td{border:1px solid #666;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append("caption{text-align:left;font-weight:bold}</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(title)).append("</h1>\n<p>")
                .append(escape(translations.getTranslation("privacy.export.summary.intro", locale, createdAt)))
                .append("</p>\n");
        for (var part : parts.entrySet()) {
            String name = part.getKey();
            html.append("<section>\n<h2>").append(escape(t(translations, locale, "privacy.export.part." + name)))
                    .append("</h2>\n<p>").append(escape(translations.getTranslation("privacy.export.summary.json",
                            locale, name + ".json"))).append("</p>\n");
            for (var records : part.getValue().records().entrySet()) {
                String heading = t(translations, locale, "privacy.export.records." + name + "." + records.getKey());
                html.append("<h3>").append(escape(heading)).append("</h3>\n");
                table(html, heading, records.getValue(), translations, locale);
            }
            List<ExportFile> files = part.getValue().files();
            if (!files.isEmpty()) {
                html.append("<h3>").append(escape(t(translations, locale, "privacy.export.summary.files")))
                        .append("</h3>\n<ul>\n");
                for (ExportFile file : files) {
                    html.append("<li><a href=\"").append(escape(file.path())).append("\">")
                            .append(escape(file.path())).append("</a></li>\n");
                }
                html.append("</ul>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, String caption, List<Map<String, Object>> rows,
            Translations translations, Locale locale) {
        if (rows.isEmpty()) {
            html.append("<p>").append(escape(t(translations, locale, "privacy.export.summary.none")))
                    .append("</p>\n");
            return;
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        html.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
        columns.forEach(column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (Map<String, Object> row : rows) {
            html.append("<tr>");
            columns.forEach(column -> {
                Object value = row.get(column);
                html.append("<td>").append(value == null ? "" : escape(String.valueOf(value))).append("</td>");
            });
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String t(Translations translations, Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
