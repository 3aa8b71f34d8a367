package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.TestFiles;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Authoring role-plays through the service: drafts, checks, versions, files and who may do what. */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioLibraryTest {

    /** The smallest valid PNG (1 × 1 pixel). */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;
    @Autowired
    ApplicationContext context;

    private TestAuthority authority;
    private TestAuthority other;

    /** Role-plays are authored in an authority of the class's own, so the demo trainer's library stays as shipped. */
    @BeforeEach
    void ownAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_new_scenario_is_a_draft_whose_gaps_are_named_until_it_is_complete_and_published() {
        SignedIn.as(accounts, authority.trainer());
        long id = library.create("Zz Wartezeit am Servicepunkt", "Zz Waiting at the service point");
        ScenarioDraft draft = library.draft(id);
        assertThat(draft.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(draft.content().nodes()).extracting(Node::id)
                .containsExactly("arrival", "reply", "good-end", "poor-end");

        List<ScenarioProblem> gaps = library.publish(id, draft.version());
        assertThat(gaps).extracting(ScenarioProblem::node, ScenarioProblem::messageKey).contains(
                Tuple.tuple(null, "scenario.problem.brief"),
                Tuple.tuple("arrival", "scenario.problem.scene-text"),
                Tuple.tuple("reply", "scenario.problem.choice-text"),
                Tuple.tuple("good-end", "scenario.problem.debrief"));
        assertThat(library.draft(id).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(play.playable()).noneMatch(summary -> summary.id() == id);

        library.saveDraft(id, library.draft(id).version(), complete(draft.content()));
        assertThat(library.check(id)).isEmpty();
        assertThat(library.publish(id, library.draft(id).version())).isEmpty();
        ScenarioDraft published = library.draft(id);
        assertThat(published.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(published.publishedVersion()).isEqualTo(1);

        SignedIn.as(accounts, authority.employee());
        Play started = play.start(id);
        assertThat(started.content().title().get("de")).isEqualTo("Zz Wartezeit am Servicepunkt");

        SignedIn.as(accounts, authority.trainer());
        library.archive(id, library.draft(id).version());
        assertThatThrownBy(() -> library.saveDraft(id, library.draft(id).version(), published.content()))
                .isInstanceOf(UserFacingException.class);
        SignedIn.as(accounts, authority.employee());
        assertThat(play.playable()).noneMatch(summary -> summary.id() == id);
        assertThat(play.review(started.attemptId()).content().key()).isEqualTo(published.content().key());
    }

    @Test
    void a_stale_editor_cannot_overwrite_a_newer_draft() {
        SignedIn.as(accounts, authority.trainer());
        long id = library.create("Zz Zwei Bearbeitende", null);
        ScenarioDraft first = library.draft(id);
        long saved = library.saveDraft(id, first.version(), first.content());
        assertThatThrownBy(() -> library.saveDraft(id, first.version(), first.content()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // The editor keeps saving with the version the save answered, without loading the draft again.
        assertThat(saved).isEqualTo(library.draft(id).version());
        assertThat(library.saveDraft(id, saved, first.content())).isGreaterThan(saved);
    }

    @Test
    void only_trainers_author_and_only_their_own_authority() {
        SignedIn.as(accounts, authority.trainer());
        long id = library.create("Zz Nur für die eigene Behörde", null);
        long shipped = library.find("student-permit", null, Pageable.ofSize(5))
                .getFirst().id();
        assertThatThrownBy(() -> library.saveDraft(shipped, 0, library.draft(shipped).content()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("scenario.error.not-own");

        for (Person notTrainer : List.of(authority.employee(), authority.manager(), authority.admin())) {
            SignedIn.as(accounts, notTrainer);
            assertThatThrownBy(() -> library.draft(id)).as(notTrainer.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> library.create("x", null)).as(notTrainer.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        // another authority's admin is given none of the trainer's rights either
        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> library.exportZip(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.image(id, "x")).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, other.employee());
        assertThatThrownBy(() -> play.start(id)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_shared_published_scenario_is_played_by_other_authorities_an_unshared_one_is_not() {
        SignedIn.as(accounts, authority.trainer());
        long id = library.create("Zz Geteiltes Rollenspiel", "Zz Shared role-play");
        library.saveDraft(id, library.draft(id).version(), complete(library.draft(id).content()));
        library.publish(id, library.draft(id).version());
        SignedIn.as(accounts, other.employee());
        assertThat(play.playable()).noneMatch(summary -> summary.id() == id);
        SignedIn.as(accounts, authority.trainer());
        library.share(id, library.draft(id).version(), true);
        SignedIn.as(accounts, other.employee());
        assertThat(play.playable()).anyMatch(summary -> summary.id() == id);
        // a shared role-play reaches every authority, the demo ones too: unshared again for the classes after this
        SignedIn.as(accounts, authority.trainer());
        library.share(id, library.draft(id).version(), false);
    }

    @Test
    void exported_zip_imports_as_a_new_version_with_its_picture() throws IOException {
        SignedIn.as(accounts, authority.trainer());
        long id = library.create("Zz Mit Bild", "Zz With a picture");
        ScenarioContent content = complete(library.draft(id).content());
        assertThatThrownBy(() -> library.uploadImage(id, TestFiles.signatureThenHtml(PNG,
                8))).hasMessageContaining("upload.error.unreadable[PNG]");
        String image = library.uploadImage(id, PNG);
        Node arrival = content.nodes().getFirst();
        Node withPicture = new Node(arrival.id(), arrival.type(), arrival.text(), arrival.next(), arrival.routes(),
                arrival.choices(), null, null, image, Text.of("Ein voller Warteraum", "A full waiting room"));
        ScenarioContent pictured = replaceFirst(content, withPicture);
        library.saveDraft(id, library.draft(id).version(), pictured);
        assertThat(library.publish(id, library.draft(id).version())).isEmpty();

        byte[] zip = library.exportZip(id);
        assertThat(library.importZip(zip)).isEmpty();
        ScenarioDraft again = library.draft(id);
        assertThat(again.publishedVersion()).isEqualTo(2);
        assertThat(again.content()).isEqualTo(pictured.withKey(again.content().key()));
        assertThat(ImageIO.read(new ByteArrayInputStream(library.image(id, image).data()))
                .getWidth()).isEqualTo(1);

        SignedIn.as(accounts, authority.employee());
        assertThat(library.image(id, image).contentType()).isEqualTo("image/png");
    }

    @Test
    void a_broken_zip_imports_nothing_and_names_the_line() throws IOException {
        SignedIn.as(accounts, authority.trainer());
        long before = library.count(null, null);
        String yaml = """
                key: zz-broken
                cornerstone: COMPETENCES
                competences: [empathy]
                estimatedMinutes: 5
                defaultLanguage: de
                showVariables: false
                title: {de: "Zz Kaputt"}
                brief: {de: "…"}
                start: arrival
                nodes:
                  - id: arrival
                    type: scene
                    text: {de: "Hallo"}
                    image: missing.png
                    alt: {de: "Bild"}
                    next: nowhere
                """;
        List<ScenarioProblem> problems = library.importZip(zip(Map.of("scenario.yaml", yaml.getBytes(
                StandardCharsets.UTF_8))));
        assertThat(problems).extracting(ScenarioProblem::messageKey, ScenarioProblem::line)
                .contains(Tuple.tuple("scenario.import.file-missing", 14));
        assertThat(library.count(null, null)).isEqualTo(before);

        assertThatThrownBy(() -> library.importZip("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("import.zip.not-a-zip");
        assertThat(library.importZip(zip(Map.of("scenario.yaml", yaml.replace("missing.png", "fake.png")
                .getBytes(StandardCharsets.UTF_8), "fake.png", "GIF89a".getBytes(StandardCharsets.UTF_8)))))
                .extracting(ScenarioProblem::messageKey).contains("upload.error.type-named");
    }

    @Test
    void a_twine_story_becomes_a_draft_with_its_graph() {
        SignedIn.as(accounts, authority.trainer());
        String twee = """
                :: StoryTitle
                Zz Der verlorene Pass

                :: StoryData
                {"ifid": "0C6B0A6E-6E0B-4D0B-9B0B-000000000001", "start": "Am Schalter"}

                :: Am Schalter
                Eine Frau hat ihren Pass verloren.
                [[Nachfragen->Rückfrage]]
                [[Wegschicken->Schlecht]]

                :: Rückfrage [choice]
                Was fragen Sie?
                [[Wann und wo?->Gut]]
                [[Warum so spät?->Schlecht]]

                :: Gut [ending-good]
                ## Gut gelöst
                Sie hat eine Verlustanzeige.

                :: Schlecht [ending-poor]
                ## Schlecht gelöst
                Sie geht ohne Hilfe.
                """;
        long id = library.importTwee(twee.getBytes(StandardCharsets.UTF_8), "de").id();
        ScenarioDraft draft = library.draft(id);
        assertThat(draft.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(draft.content().key()).isEqualTo("zz-der-verlorene-pass");
        assertThat(draft.content().start()).isEqualTo("am-schalter");
        assertThat(draft.content().nodes()).extracting(Node::id, Node::type).containsExactly(
                Tuple.tuple("am-schalter", NodeType.CHOICE),
                Tuple.tuple("rueckfrage", NodeType.CHOICE),
                Tuple.tuple("gut", NodeType.ENDING),
                Tuple.tuple("schlecht", NodeType.ENDING));
        assertThat(library.check(id)).extracting(ScenarioProblem::messageKey).contains("scenario.problem.feedback");
        assertThat(TweeFormat.read(library.exportTwee(id), "x", "de").nodes()).extracting(Node::id)
                .containsExactly("am-schalter", "rueckfrage", "gut", "schlecht");

        assertThatThrownBy(() -> library.importTwee("no passages".getBytes(StandardCharsets.UTF_8), "de"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("scenario.twee.empty");
        assertThatThrownBy(() -> library.importTwee(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "de"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("import.file.encoding");
    }

    @Test
    void duplicating_a_shipped_scenario_gives_an_editable_copy() {
        SignedIn.as(accounts, authority.trainer());
        long shipped = library.find("angry", null, Pageable.ofSize(5))
                .getFirst().id();
        long copy = library.duplicate(shipped);
        ScenarioDraft draft = library.draft(copy);
        assertThat(draft.editable()).isTrue();
        assertThat(draft.content().key()).as("the first copy in this authority").isEqualTo("angry-client-kopie");
        assertThat(draft.content().nodes()).isEqualTo(library.draft(shipped).content().nodes());
    }

    /** The skeleton with every text filled in. */
    static ScenarioContent complete(ScenarioContent skeleton) {
        Text text = Text.of("Text", "Text");
        List<Node> nodes = skeleton.nodes().stream().map(node -> switch (node.type()) {
            case SCENE -> new Node(node.id(), NodeType.SCENE, text, node.next(), List.of(), List.of(), null, null);
            case CHOICE -> new Node(node.id(), NodeType.CHOICE, text, null, List.of(), node.choices().stream()
                    .map(choice -> new Choice(Text.of("Antwort", "Answer"), Text.of("Weil …", "Because …"),
                            Map.of("empathy", choice.to().startsWith("good") ? 2 : -1), Map.of(), null, choice.to()))
                    .toList(), null, null);
            case ENDING -> new Node(node.id(), NodeType.ENDING, text, null, List.of(), List.of(), node.outcome(),
                    Text.of("Ende", "End"));
        }).toList();
        return new ScenarioContent(skeleton.key(), skeleton.cornerstone(), skeleton.competences(),
                skeleton.competenceLabels(), skeleton.estimatedMinutes(), skeleton.defaultLanguage(),
                skeleton.showVariables(), skeleton.allowBack(), skeleton.title(), Text.of("Lage", "Brief"),
                skeleton.variables(), skeleton.start(), nodes, skeleton.certificate());
    }

    private static ScenarioContent replaceFirst(ScenarioContent content, Node first) {
        List<Node> nodes = new ArrayList<>(content.nodes());
        nodes.set(0, first);
        return new ScenarioContent(content.key(), content.cornerstone(), content.competences(),
                content.competenceLabels(), content.estimatedMinutes(), content.defaultLanguage(),
                content.showVariables(), content.allowBack(), content.title(), content.brief(), content.variables(),
                content.start(), nodes, content.certificate());
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
