package de.willkommensakademie.people;

import java.io.Serializable;
import java.util.List;

/**
 * Why a line of an import file cannot be used. {@code line} is the line in the file (the header is line 1; 0 means
 * the file as a whole); {@code column} is the column's name or null; the message is a translation key.
 */
public record ImportProblem(int line, String column, String messageKey, List<String> arguments)
        implements Serializable {

    static ImportProblem ofFile(String messageKey, String... arguments) {
        return new ImportProblem(0, null, messageKey, List.of(arguments));
    }

    static ImportProblem at(int line, String column, String messageKey, String... arguments) {
        return new ImportProblem(line, column, messageKey, List.of(arguments));
    }
}
