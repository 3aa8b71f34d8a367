package de.willkommensakademie.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.ShippedFiles;
import de.willkommensakademie.base.YamlDocument;
import de.willkommensakademie.base.content.ContentAccess;
import de.willkommensakademie.base.content.ContentEntities;
import de.willkommensakademie.base.content.ContentMedia;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.ShippedItem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The content kernel's store for questionnaires, which carry no files: the one place that creates
 * {@link QuestionnaireVersion}s. The shipped questionnaire ({@code questionnaire.yaml}) is published after modules,
 * role-plays and templates, and may name only shipped modules and role-plays; rounds keep the version they started with.
 */
@Component
@Order(4)
class QuestionnaireStore extends ContentStore<Questionnaire, QuestionnaireVersion, ContentMedia,
        QuestionnaireContent> {

    private final QuestionnaireVersionRepository versions;
    private final QuestionnaireCodec codec;

    QuestionnaireStore(QuestionnaireRepository questionnaires, QuestionnaireVersionRepository versions,
            QuestionnaireCodec codec, ContentAccess access, Clock clock) {
        super(new ContentEntities<>(Questionnaire::new, QuestionnaireVersion::new, null), questionnaires, versions,
                null, codec, access, clock, "fragebogen");
        this.versions = versions;
        this.codec = codec;
    }

    @Override
    protected List<ShippedItem<QuestionnaireContent>> readShipped() {
        Set<String> modules = shippedKeys("module.yaml");
        Set<String> scenarios = shippedKeys("scenario.yaml");
        return ShippedItem.eachFile(QuestionnaireFileReader.FILE, (location, bytes) -> {
            QuestionnaireFileReader.Result result = QuestionnaireFileReader.read(bytes, modules, scenarios);
            return new ShippedItem<>(location, result.questionnaire(), Map.of(), result.problems());
        });
    }

    /**
     * The keys of the shipped modules or role-plays: what the shipped questionnaire may name. Their own stores read
     * and check these files; a broken one stops the start there.
     */
    private static Set<String> shippedKeys(String fileName) {
        YamlDocument yaml = new YamlDocument((line, key, arguments) -> { });
        return ShippedFiles.named(fileName).stream().map(file -> {
            MappingNode root = yaml.root(new String(file.bytes(), StandardCharsets.UTF_8));
            return root == null ? null : yaml.scalar(root, "key", false);
        }).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A published version by id, with its questionnaire, or empty. */
    Optional<QuestionnaireVersion> version(long versionId) {
        return versions.findById(versionId);
    }

    QuestionnaireContent contentOf(QuestionnaireVersion version) {
        return codec.read(version.content());
    }
}
