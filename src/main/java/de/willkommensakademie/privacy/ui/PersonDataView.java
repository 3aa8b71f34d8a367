package de.willkommensakademie.privacy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.privacy.PersonalDataExports;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators build the same export for a person of their authority (former employees included), for a request
 * that reached them on paper. Each export is audited and appears in the person's "who viewed my data".
 */
@Route("admin/personal-data")
@Menu(title = "nav.personal-data", order = 61.5, icon = "vaadin:download")
@RolesAllowed(Role.Name.ADMIN)
class PersonDataView extends VerticalLayout implements TranslatedTitle {

    PersonDataView(PersonalDataExports exports, EmployeeService employees) {
        addClassName("page");
        ComboBox<EmployeeRow> person = new ComboBox<>(getTranslation("privacy.export.person"));
        person.setItemLabelGenerator(row -> row.fullName() + " (" + row.username() + ")");
        person.setItems(query -> employees.find(new EmployeeFilter(query.getFilter().orElse(null), null, null, null,
                null), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        person.setWidth("min(30rem, 100%)");
        ExportPanel panel = new ExportPanel(exports, getTranslation("privacy.export.person.start"),
                () -> exports.startFor(person.getValue().id()));
        panel.setStartEnabled(false);
        person.addValueChangeListener(event -> panel.setStartEnabled(event.getValue() != null));
        add(new H2(getTranslation("privacy.export.person.title")),
                new Paragraph(getTranslation("privacy.export.person.explanation")),
                new Paragraph(getTranslation("privacy.export.once")), person, panel);
    }

    @Override
    public String titleKey() {
        return "privacy.export.person.title";
    }
}
