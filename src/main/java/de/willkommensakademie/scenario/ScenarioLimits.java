package de.willkommensakademie.scenario;

import de.willkommensakademie.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Upload limits for scenario images, ZIPs and Twee files, and the size of a scenario itself (nodes, and choices plus
 * routes per node), configurable per installation. The size limits hold on every way in (Twee, ZIP, editor) so no
 * file can make the editor or the checks slow for everyone; the shipped role-plays have about 20 nodes and at most 4
 * choices per node.
 */
@Component
class ScenarioLimits {

    static final int DEFAULT_NODES = 300;
    static final int DEFAULT_CHOICES_PER_NODE = 8;

    final long imageBytes;
    final long archiveBytes;
    final long tweeBytes;
    final int nodes;
    final int choicesPerNode;

    ScenarioLimits(@Value("${app.scenario.max-image-bytes:2097152}") long imageBytes,
            @Value("${app.scenario.max-archive-bytes:20971520}") long archiveBytes,
            @Value("${app.scenario.max-twee-bytes:1048576}") long tweeBytes,
            @Value("${app.scenario.max-nodes:" + DEFAULT_NODES + "}") int nodes,
            @Value("${app.scenario.max-choices-per-node:" + DEFAULT_CHOICES_PER_NODE + "}") int choicesPerNode) {
        this.imageBytes = imageBytes;
        this.archiveBytes = archiveBytes;
        this.tweeBytes = tweeBytes;
        this.nodes = nodes;
        this.choicesPerNode = choicesPerNode;
    }

    /**
     * Counts the passage headers (lines starting with {@code ::}) before anything is parsed and refuses a file with
     * more passages than a scenario may have nodes; StoryTitle and StoryData do not count.
     */
    void requirePassages(String twee) {
        int passages = 0;
        for (int at = 0; at >= 0 && at < twee.length(); ) {
            if (twee.startsWith("::", at)) {
                int end = twee.indexOf('\n', at);
                String name = twee.substring(at + 2, end < 0 ? twee.length() : end).strip();
                passages += name.startsWith("StoryTitle") || name.startsWith("StoryData") ? 0 : 1;
            }
            int next = twee.indexOf('\n', at);
            at = next < 0 ? -1 : next + 1;
        }
        if (passages > nodes) {
            throw new UserFacingException("scenario.limit.passages", passages, nodes);
        }
    }

    /** Refuses content with more nodes, or a node with more choices and routes, than allowed. */
    void requireWithin(ScenarioContent content) {
        requireNodeCount(content.nodes().size());
        for (ScenarioContent.Node node : content.nodes()) {
            requireChoiceCount(node.id(), node.choices().size() + node.routes().size());
        }
    }

    void requireNodeCount(int count) {
        if (count > nodes) {
            throw new UserFacingException("scenario.limit.nodes", count, nodes);
        }
    }

    void requireChoiceCount(String node, int count) {
        if (count > choicesPerNode) {
            throw new UserFacingException("scenario.limit.choices", String.valueOf(node), count, choicesPerNode);
        }
    }
}
