package de.willkommensakademie.learning;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong with module content: where (file and line for imports; lesson and question numbers, counted from
 * 1, for the editor) and what, as a translation key with arguments.
 */
public record ContentProblem(String file, Integer line, Integer lesson, Integer question, String messageKey,
        List<String> arguments) implements Serializable {

    public ContentProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ContentProblem inFile(String file, Integer line, String messageKey, String... arguments) {
        return new ContentProblem(file, line, null, null, messageKey, List.of(arguments));
    }

    ContentProblem at(String atFile, Integer atLine) {
        return new ContentProblem(atFile, atLine, lesson, question, messageKey, arguments);
    }
}
