package de.willkommensakademie.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * A scenario has at most 300 nodes and 8 choices and routes per node, on every way in; a file far over the limit is
 * refused before it is parsed, and the largest allowed scenario imports and opens in the editor without tying up the
 * application. The figures printed here are reported, not asserted (the machine is shared). Imported and created by
 * the trainer of the class's own authority, so the large role-plays stay out of the demo library.
 */
class ScenarioSizeLimitTest extends KaribuTest {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void a_twee_file_with_ten_thousand_passages_is_refused_early_with_a_message_naming_the_limit() {
        login(ownAuthority().trainer());
        ScenarioLibrary library = context.getBean(ScenarioLibrary.class);
        byte[] file = chain(10_000, 1);
        assertThat(file.length).isLessThan((int) library.maxTweeBytes());
        long started = System.nanoTime();
        assertThatThrownBy(() -> library.importTwee(file, "de")).isInstanceOfSatisfying(UserFacingException.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("scenario.limit.passages");
                    assertThat(I18NProvider.translate(refused.messageKey(), refused.arguments())).isEqualTo(
                            "Die Twee-Datei hat 10.000 Passagen; ein Rollenspiel darf höchstens 300 Knoten haben. "
                                    + "Teilen Sie die Geschichte auf.");
                });
        System.out.printf("[figures] 10,000-passage Twee file (%d KB) refused in %d ms%n", file.length / 1024,
                (System.nanoTime() - started) / 1_000_000);

        // The import dialog names the limit before anyone uploads.
        UI.getCurrent().navigate("scenarios/library");
        _click(_get(Button.class, spec -> spec.withText("Twee (Twine) importieren")));
        assertThat(_find(Paragraph.class)).extracting(p -> p.getText())
                .anyMatch(text -> text.startsWith("Eine Twee-3-Datei aus Twine (höchstens 300 Passagen)"));

        assertThatThrownBy(() -> library.importTwee(chain(5, 9), "de")).isInstanceOfSatisfying(
                UserFacingException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("scenario.limit.choices"));
    }

    @Test
    void the_largest_allowed_scenario_imports_opens_in_the_editor_and_cannot_grow_beyond_the_limit() {
        login(ownAuthority().trainer());
        ScenarioLibrary library = context.getBean(ScenarioLibrary.class);
        byte[] file = chain(library.maxNodes(), 8);
        System.gc();
        long heapBefore = MEMORY.getHeapMemoryUsage().getUsed();
        long started = System.nanoTime();
        long id = library.importTwee(file, "de").id();
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = MEMORY.getHeapMemoryUsage().getUsed();

        started = System.nanoTime();
        UI.getCurrent().navigate("scenarios/edit/" + id);
        long editorMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(_get(H2.class).getText()).startsWith("Rollenspiel „");
        assertThat(_get(OrderedList.class, spec -> spec.withClasses("editor-lessons")).getChildren()
                .filter(ListItem.class::isInstance).count()).isEqualTo(300);

        started = System.nanoTime();
        _click(_get(Button.class, spec -> spec.withText("Prüfen")));
        long checkMillis = (System.nanoTime() - started) / 1_000_000;
        List<String> problems = _get(UnorderedList.class,
                spec -> spec.withClasses("problem-list")).getChildren().map(item -> item.getElement().getText())
                .toList();
        assertThat(problems).hasSize(101);
        assertThat(problems.getLast()).startsWith("… und ").endsWith(" weitere Probleme. Beheben Sie die ersten "
                + "und prüfen Sie erneut.");
        started = System.nanoTime();
        _click(_get(Button.class, spec -> spec.withText("Entscheidung: p150")));
        long selectMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(_find(H3.class)).extracting(h -> h.getText())
                .contains("Entscheidung: p150");
        started = System.nanoTime();
        _click(_get(Button.class, spec -> spec.withText("Szene hinzufügen")));
        long addMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[figures] %d-passage Twee file (%d KB, 8 links each): import %d ms, heap %+d MB "
                + "(after GC before, not after); editor open %d ms; save and check %d ms; open another node %d ms; add a node %d ms%n",
                library.maxNodes(), file.length / 1024, importMillis, (heapAfter - heapBefore) / (1024 * 1024),
                editorMillis, checkMillis, selectMillis, addMillis);
        assertThat(notificationTexts()).contains("Das Rollenspiel hat 301 Knoten; erlaubt sind höchstens 300.");

        // The service refuses a bigger draft however it was made.
        ScenarioContent content = library.draft(id).content();
        List<ScenarioContent.Node> more = new ArrayList<>(content.nodes());
        more.add(new ScenarioContent.Node("one-more", ScenarioContent.NodeType.SCENE, null, "p1", null, null, null,
                null));
        ScenarioContent bigger = new ScenarioContent(content.key(), content.cornerstone(), content.competences(),
                content.estimatedMinutes(), content.defaultLanguage(), false, false, content.title(),
                content.brief(), content.variables(), content.start(), more);
        assertThatThrownBy(() -> library.saveDraft(id, library.draft(id).version(), bigger))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("scenario.limit.nodes"));
    }

    /** Passages p1..pN, each linking to the next {@code links} passages (the last ones to an ending). */
    private static byte[] chain(int passages, int links) {
        StringBuilder twee = new StringBuilder(":: StoryTitle\nZz Sehr lang\n\n:: StoryData\n{\"start\": \"p1\"}\n\n");
        for (int passage = 1; passage <= passages; passage++) {
            twee.append(":: p").append(passage);
            if (passage == passages) {
                twee.append(" [ending-good]\n## Ende\nFertig.\n\n");
                continue;
            }
            twee.append("\nText ").append(passage).append('\n');
            for (int link = 1; link <= links; link++) {
                twee.append("[[Weiter ").append(link).append("->p").append(Math.min(passages, passage + link))
                        .append("]]\n");
            }
            twee.append('\n');
        }
        return twee.toString().getBytes(StandardCharsets.UTF_8);
    }
}
