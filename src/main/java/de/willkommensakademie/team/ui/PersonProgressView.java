package de.willkommensakademie.team.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.certificate.CertificateRow;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.language.Languages;
import de.willkommensakademie.language.LevelRow;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.team.PersonPage;
import de.willkommensakademie.team.PersonProgress;
import de.willkommensakademie.team.ProgressTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * One person's page in team progress: assigned items with status, due and completion dates, onboarding progress,
 * certificates with their PDF and verified language levels, each only where the preset shows it per person, and a
 * line saying what this page never shows. Someone the viewer may not follow reads as "not found".
 */
@Route(PersonProgressView.ROUTE)
@RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
class PersonProgressView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    static final String ROUTE = "team/progress/person";

    private final transient PersonProgress persons;
    private final transient CertificateService certificates;
    private final ProgressTexts texts;
    private final Locale locale;
    private final DateTimeFormatter dates;

    PersonProgressView(PersonProgress persons, CertificateService certificates) {
        this.persons = persons;
        this.certificates = certificates;
        this.locale = getLocale();
        this.texts = new ProgressTexts(locale, this::getTranslation);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long employeeId) {
        PersonPage page = persons.of(employeeId);
        removeAll();
        add(new Anchor(TeamProgressView.ROUTE, getTranslation("progress.person.back")));
        add(new H2(page.name()));
        add(new Paragraph(Stream.of(page.team(), page.jobRole(locale)).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "))));
        addItems(page);
        if (page.onboardingShown()) {
            add(new H3(getTranslation("progress.column.onboarding")));
            add(new Paragraph(page.onboarding() == null ? getTranslation("progress.person.no-onboarding")
                    : getTranslation("progress.person.onboarding", page.onboarding().finished(),
                            page.onboarding().total(), page.onboarding().overdue(),
                            texts.date(page.onboarding().end()))));
        }
        if (page.certificates() != null) {
            addCertificates(page);
        }
        if (page.languages() != null) {
            addLanguages(page);
        }
        Paragraph never = new Paragraph(getTranslation("progress.person.never"));
        never.addClassName("progress-never");
        add(never);
    }

    private void addItems(PersonPage page) {
        add(new H3(getTranslation("progress.person.items")));
        if (page.items().isEmpty()) {
            add(new Paragraph(getTranslation("progress.person.no-items")));
        } else {
            Grid<PersonPage.Item> items = new Grid<>();
            items.addColumn(item -> item.title(locale)).setHeader(getTranslation("progress.person.item"))
                    .setFlexGrow(2);
            items.addColumn(item -> getTranslation(item.kind() == AssignedKind.ROLE_PLAY ? "progress.kind.role-play"
                    : "progress.kind.module") + ", " + getTranslation(item.mandatory() ? "progress.mandatory"
                            : "progress.recommended")).setHeader(getTranslation("progress.person.kind"))
                    .setAutoWidth(true);
            items.addColumn(item -> item.due() == null ? "–" : dates.format(item.due()))
                    .setHeader(getTranslation("progress.person.due")).setAutoWidth(true);
            items.addColumn(LitRenderer.<PersonPage.Item>of("""
                    <span class="progress-cell ${item.css}"><vaadin-icon icon="${item.icon}" aria-hidden="true">\
                    </vaadin-icon> ${item.text}</span>""")
                    .withProperty("icon", item -> StateIcons.name(item.state()))
                    .withProperty("css", item -> StateIcons.cssClass(item.state()))
                    .withProperty("text", item -> texts.state(item.state(), item.since())))
                    .setHeader(getTranslation("progress.person.status")).setAutoWidth(true);
            items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            items.setAllRowsVisible(true);
            items.setItems(page.items());
            items.setAriaLabel(getTranslation("progress.person.items"));
            add(items);
        }
        if (page.recommendedOnlyCounted()) {
            add(new Paragraph(getTranslation("progress.person.recommended-counted")));
        }
    }

    private void addCertificates(PersonPage page) {
        add(new H3(getTranslation("progress.person.certificates")));
        if (page.certificates().isEmpty()) {
            add(new Paragraph(getTranslation("progress.person.no-certificates")));
            return;
        }
        Grid<CertificateRow> grid = new Grid<>();
        grid.addColumn(row -> row.title(locale)).setHeader(getTranslation("certificate.field.title")).setFlexGrow(2);
        grid.addColumn(row -> dates.format(row.completedOn())).setHeader(getTranslation("certificate.field.date"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.validUntil() == null ? getTranslation("certificate.unlimited")
                : dates.format(row.validUntil())).setHeader(getTranslation("certificate.field.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("certificate.status." + row.status().name()))
                .setHeader(getTranslation("certificate.field.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> FileTransfer.download(getTranslation("progress.person.pdf"),
                row.title(locale), "certificate-" + row.number() + ".pdf", "application/pdf",
                () -> certificates.download(row.id()).content()))).setHeader(getTranslation("progress.person.pdf"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(page.certificates());
        grid.setAriaLabel(getTranslation("progress.person.certificates"));
        add(grid);
    }

    private void addLanguages(PersonPage page) {
        add(new H3(getTranslation("progress.person.languages")));
        if (page.languages().isEmpty()) {
            add(new Paragraph(getTranslation("progress.person.no-languages")));
            return;
        }
        Grid<LevelRow> grid = new Grid<>();
        grid.addColumn(row -> Languages.name(row.language(), locale))
                .setHeader(getTranslation("progress.person.language")).setFlexGrow(2);
        grid.addColumn(row -> row.overall() == null ? "–" : row.overall().name())
                .setHeader(getTranslation("progress.person.level")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(page.languages());
        grid.setAriaLabel(getTranslation("progress.person.languages"));
        add(grid);
    }

    @Override
    public String titleKey() {
        return "progress.person.title";
    }
}
