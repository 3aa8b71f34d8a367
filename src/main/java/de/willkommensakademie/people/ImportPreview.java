package de.willkommensakademie.people;

import java.util.List;

/** What an import file would create, and everything wrong with it. Only a file without problems is imported. */
public record ImportPreview(List<ImportRow> rows, List<ImportProblem> problems) {

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
