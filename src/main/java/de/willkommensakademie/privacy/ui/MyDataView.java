package de.willkommensakademie.privacy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AccountStatus;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.PersonalDataExports;
import jakarta.annotation.security.RolesAllowed;

/** "Meine Daten": the signed-in person builds a copy of everything stored about them (GDPR Art. 15 and 20). */
@Route(AccountStatus.MY_DATA_ROUTE)
@RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
class MyDataView extends VerticalLayout implements TranslatedTitle {

    MyDataView(PersonalDataExports exports) {
        addClassName("page");
        add(new H2(getTranslation("privacy.export.mine.title")),
                new Paragraph(getTranslation("privacy.export.mine.explanation")),
                new Paragraph(getTranslation("privacy.export.once")),
                new ExportPanel(exports, getTranslation("privacy.export.mine.start"), exports::startMine));
    }

    @Override
    public String titleKey() {
        return "privacy.export.mine.title";
    }
}
