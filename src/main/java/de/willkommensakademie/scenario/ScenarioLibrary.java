package de.willkommensakademie.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.Slug;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ZipArchive;
import de.willkommensakademie.base.content.AuthoringService;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer's side of role-plays: list, author, check, publish, archive, duplicate, share, and the ZIP and Twee
 * files. Trainers change only their own authority's scenarios; the shipped library and scenarios other authorities
 * share can be duplicated to adapt them.
 */
@Service
public class ScenarioLibrary extends AuthoringService<Scenario, ScenarioContent, ScenarioProblem> {

    private final ScenarioStore store;
    private final ScenarioLimits limits;

    ScenarioLibrary(ScenarioStore store, ScenarioLimits limits) {
        super(store);
        this.store = store;
        this.limits = limits;
    }

    @PermitAll
    public long maxArchiveBytes() {
        return limits.archiveBytes;
    }

    @PermitAll
    public long maxImageBytes() {
        return limits.imageBytes;
    }

    @PermitAll
    public long maxTweeBytes() {
        return limits.tweeBytes;
    }

    /** The most nodes a scenario may have, on every way in. */
    @PermitAll
    public int maxNodes() {
        return limits.nodes;
    }

    @Override
    protected List<ScenarioProblem> problems(ScenarioContent content) {
        return ScenarioRules.check(content);
    }

    @Override
    protected void requireWithinLimits(ScenarioContent content) {
        limits.requireWithin(content);
    }

    /**
     * Starts a scenario in the trainer's authority with a small skeleton to fill in: a scene, a choice point with two
     * choices and two endings. The missing texts show up when checking.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public long create(String titleDe, String titleEn) {
        return store.create(titleDe, titleEn, key -> skeleton(key, titleDe, titleEn)).getId();
    }

    private static ScenarioContent skeleton(String key, String titleDe, String titleEn) {
        Text empty = Text.empty();
        List<Node> nodes = List.of(
                new Node("arrival", NodeType.SCENE, empty, "reply", List.of(), List.of(), null, null),
                new Node("reply", NodeType.CHOICE, empty, null, List.of(), List.of(
                        new Choice(empty, empty, Map.of(), Map.of(), null, "good-end"),
                        new Choice(empty, empty, Map.of(), Map.of(), null, "poor-end")), null, null),
                new Node("good-end", NodeType.ENDING, empty, null, List.of(), List.of(), Outcome.GOOD, empty),
                new Node("poor-end", NodeType.ENDING, empty, null, List.of(), List.of(), Outcome.POOR, empty));
        return new ScenarioContent(key, "COMPETENCES", List.of("empathy", "clarity"), 10, "de", true, false,
                Text.of(titleDe.strip(), titleEn == null ? null : titleEn.strip()), empty, List.of(), "arrival",
                nodes);
    }

    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public ScenarioDraft draft(long id) {
        Scenario scenario = store.visible(id);
        return new ScenarioDraft(scenario.getId(), scenario.getVersion(), store.isOwn(scenario), scenario.status(),
                scenario.publishedVersion(), store.contentOf(scenario));
    }

    /**
     * Imports a scenario ZIP ({@code scenario.yaml} and its images) into the trainer's authority and publishes it;
     * the same key gives the same scenario a new version. A file with any problem imports nothing.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public List<ScenarioProblem> importZip(byte[] zip) {
        if (zip == null || zip.length == 0 || zip.length > limits.archiveBytes) {
            throw new UserFacingException("import.zip.too-large", limits.archiveBytes / (1024 * 1024));
        }
        ScenarioFileReader.Result result = ScenarioFileReader.read(
                ZipArchive.unpack(zip, limits.archiveBytes, ScenarioFileReader.FILE), limits.imageBytes, limits.nodes,
                limits.choicesPerNode);
        if (result.problems().isEmpty()) {
            store.importOwnAndPublish(result.scenario(), result.images());
        }
        return result.problems();
    }

    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public byte[] exportZip(long id) {
        Scenario scenario = store.visible(id);
        return ScenarioFileWriter.zip(store.contentOf(scenario), store.mediaOf(scenario));
    }

    /**
     * Reads a Twee 3 story (Twine) as a new draft in the trainer's authority, with its texts in the given language;
     * returns the new scenario's id and the story-format code it could not translate (kept with the draft as import
     * notes, which block publishing until the trainer has dealt with them). Feedback and scores are then added in the
     * editor.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public TweeImport importTwee(byte[] file, String language) {
        if (file == null || file.length == 0 || file.length > limits.tweeBytes) {
            throw new UserFacingException("scenario.twee.size", limits.tweeBytes / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UserFacingException("import.file.encoding");
        }
        limits.requirePassages(text);
        String contentLanguage = "en".equals(language) ? "en" : "de";
        ScenarioContent read = TweeFormat.read(text, "twee", contentLanguage);
        limits.requireWithin(read);
        if (read.nodes().isEmpty()) {
            throw new UserFacingException("scenario.twee.empty");
        }
        String key = store.freeKey(Slug.of(read.title().in(Locale.ROOT, contentLanguage), 60));
        long id = store.createOwn(read.withKey(key)).getId();
        return new TweeImport(id, ScenarioRules.check(read).stream()
                .filter(problem -> problem.messageKey().startsWith("scenario.problem.twee-")).toList());
    }

    /** The new draft and the Twine code that could not be translated, each naming its passage. */
    public record TweeImport(long id, List<ScenarioProblem> untranslated) {
    }

    /** The scenario's graph as a Twee 3 story in its default language. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public String exportTwee(long id) {
        return TweeFormat.write(draft(id).content());
    }

    /** Stores a PNG or JPEG for a scene, read completely and encoded anew ({@link FileType#check}); returns its id. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public String uploadImage(long id, byte[] data) {
        FileType.Checked checked = FileType.check(data, limits.imageBytes, ScenarioFileReader.IMAGE_TYPES);
        return store.upload(id, new MediaFile(FileType.contentId(checked.data()), checked.type().mediaType(),
                checked.data()));
    }

    /** A scene image of a scenario the caller may see or play. */
    @PermitAll
    @Transactional(readOnly = true)
    public MediaFile image(long scenarioId, String mediaId) {
        return store.media(scenarioId, mediaId);
    }
}
