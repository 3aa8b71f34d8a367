package de.willkommensakademie.team.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import de.willkommensakademie.team.VisibilityTable;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;

/** The rules of one preset as a real table with a caption and header cells, for screen readers as for the eye. */
class VisibilityRulesTable extends NativeTable {

    /** {@code headers} name the columns after the first; one per viewer, in the same order. */
    VisibilityRulesTable(String caption, List<Viewer> viewers, List<String> headers, VisibilityPreset preset) {
        addClassName("statistics-table");
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(getTranslation("visibility.column.record"));
        headers.forEach(header -> head.addHeaderCell().setText(header));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (Record record : Record.values()) {
            NativeTableRow row = getBody().addRow();
            var name = row.addHeaderCell();
            name.setText(getTranslation(VisibilityTable.recordKey(record)));
            name.getElement().setAttribute("scope", "row");
            for (Viewer viewer : viewers) {
                row.addDataCell().setText(getTranslation(VisibilityTable.cellKey(viewer, record, preset)));
            }
        }
    }
}
