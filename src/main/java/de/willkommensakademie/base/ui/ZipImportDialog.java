package de.willkommensakademie.base.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Imports authored content from an uploaded ZIP file. The import is all or nothing: {@code importer} returns every
 * problem of the file (empty when it was imported), shown by {@code problemList}; {@code imported} refreshes the list
 * behind the dialog.
 */
public class ZipImportDialog<P> extends Dialog {

    private final VerticalLayout result = new VerticalLayout();
    private final Function<byte[], List<P>> importer;
    private final Function<List<P>, Component> problemList;
    private final String doneKey;
    private final Runnable imported;

    public ZipImportDialog(String headingKey, String explanationKey, String doneKey, long maxBytes,
            Function<byte[], List<P>> importer, Function<List<P>, Component> problemList, Runnable imported) {
        this.importer = importer;
        this.problemList = problemList;
        this.doneKey = doneKey;
        this.imported = imported;
        setHeaderTitle(getTranslation(headingKey));
        result.setPadding(false);
        add(new Paragraph(getTranslation(explanationKey)), FileTransfer.upload(maxBytes, "ZIP", this::importFile,
                ".zip", "application/zip"), result);
        getFooter().add(new Button(getTranslation("action.close"), event -> close()));
        setWidth("min(48rem, 100vw)");
    }

    private void importFile(byte[] zip) {
        result.removeAll();
        List<P> problems = importer.apply(zip);
        if (problems.isEmpty()) {
            result.add(new Paragraph(getTranslation(doneKey)));
            imported.run();
        } else {
            result.add(new H3(getTranslation("module.import.problems", problems.size())), problemList.apply(problems));
        }
    }
}
