package de.willkommensakademie.language.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AccessibleTabSheet;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.CourseRow;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.Gap;
import de.willkommensakademie.language.LanguageCourses;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LanguageTargets;
import de.willkommensakademie.language.Languages;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.language.LevelRow;
import de.willkommensakademie.language.Target;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My languages": joining or leaving the language pool at any time, then three tabs: the person's levels with
 * evidence upload and a form to add or update one, the targets of their job role, and their courses with a request
 * form.
 */
@Route("languages")
@RolesAllowed(Role.Name.EMPLOYEE)
@Menu(title = "nav.languages", order = 8, icon = "vaadin:globe")
class MyLanguagesView extends VerticalLayout implements TranslatedTitle {

    private final transient LanguageRegister register;
    private final transient LanguageTargets targets;
    private final transient LanguageCourses courses;
    private final UnorderedList list = new UnorderedList();
    private final UnorderedList gaps = new UnorderedList();
    private final UnorderedList myCourses = new UnorderedList();

    MyLanguagesView(LanguageRegister register, LanguageTargets targets, LanguageCourses courses) {
        this.register = register;
        this.targets = targets;
        this.courses = courses;
        addClassName("page");
        Checkbox pool = new Checkbox(getTranslation("language.pool.join"), register.inPool());
        pool.setHelperText(getTranslation("language.pool.helper"));
        pool.addValueChangeListener(event -> {
            if (event.getValue()) {
                register.joinPool();
            } else {
                register.leavePool();
            }
            Notifications.success(getTranslation(event.getValue() ? "language.pool.joined" : "language.pool.left"));
        });
        list.addClassName("onboarding-items");
        // Three short tabs instead of one long page; the pool choice stays above them, it concerns all languages.
        TabSheet tabs = new AccessibleTabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("language.mine"), new Div(list, new H3(getTranslation("language.add")), form()));
        tabs.add(getTranslation("language.targets"), new Div(gaps));
        tabs.add(getTranslation("language.courses"), new Div(myCourses,
                new H3(getTranslation("language.course.request")), courseForm()));
        add(new H2(getTranslation("nav.languages")), new Paragraph(getTranslation("language.intro")), pool, tabs);
        show();
    }

    private FormLayout form() {
        Locale locale = getLocale();
        ComboBox<String> language = LanguagePicker.create(getTranslation("language.field.language"), locale);
        Select<Cefr> overall = level("language.field.overall");
        Select<Cefr> listening = level("language.field.listening");
        Select<Cefr> reading = level("language.field.reading");
        Select<Cefr> speaking = level("language.field.speaking");
        Select<Cefr> writing = level("language.field.writing");
        Select<Evidence> evidence = new Select<>();
        evidence.setLabel(getTranslation("language.field.evidence"));
        evidence.setItems(Evidence.values());
        evidence.setItemLabelGenerator(value -> getTranslation("language.evidence." + value.name()));
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("language.field.date"), locale);
        Button save = new Button(getTranslation("action.save"), event -> {
            register.saveLevel(new LevelForm(language.getValue(), overall.getValue(), listening.getValue(),
                    reading.getValue(), speaking.getValue(), writing.getValue(), evidence.getValue(),
                    date.getValue()));
            Notifications.success(getTranslation("language.saved"));
            show();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(language, overall, evidence, date, listening, reading, speaking, writing, save);
    }

    private FormLayout courseForm() {
        ComboBox<String> language = LanguagePicker.create(getTranslation("language.field.course-language"),
                getLocale());
        Select<Cefr> target = level("language.field.target");
        TextField provider = new TextField(
                getTranslation("certificate.field.provider"));
        provider.setMaxLength(200);
        TextArea reason = new TextArea(
                getTranslation("language.field.reason"));
        reason.setMaxLength(1000);
        Button request = new Button(getTranslation("language.course.request"), event -> {
            courses.request(language.getValue(), target.getValue(), provider.getValue(), reason.getValue());
            Notifications.success(getTranslation("language.course.requested"));
            show();
        });
        return new FormLayout(language, target, provider, reason, request);
    }

    private Select<Cefr> level(String labelKey) {
        Select<Cefr> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(Cefr.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("language.not-given"));
        return select;
    }

    private void show() {
        gaps.removeAll();
        List<Gap> mine = targets.myGaps();
        for (Gap gap : mine) {
            Target target = gap.target();
            String skill = target.skill() == null ? ""
                    : ", " + getTranslation("language.skill." + target.skill().name());
            gaps.add(new ListItem(Languages.name(target.language(), getLocale()) + skill + ": "
                    + getTranslation("language.gap", target.level(), gap.current() == null ? "–" : gap.current(),
                            getTranslation(gap.met() ? "language.gap.met" : "language.gap.open"))));
        }
        if (mine.isEmpty()) {
            gaps.add(new ListItem(getTranslation("language.no-targets")));
        }
        myCourses.removeAll();
        List<CourseRow> mineCourses = courses.mine();
        if (mineCourses.isEmpty()) {
            myCourses.add(new ListItem(getTranslation("language.courses.none")));
        }
        for (CourseRow course : mineCourses) {
            myCourses.add(new ListItem(Languages.name(course.language(), getLocale()) + " " + course.targetLevel()
                    + " – " + getTranslation("language.course.status." + course.status().name())
                    + (course.decisionReason() == null ? "" : " (" + course.decisionReason() + ")")));
        }
        list.removeAll();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var levels = register.myLevels();
        if (levels.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("language.none"))));
        }
        for (LevelRow row : levels) {
            String name = Languages.name(row.language(), getLocale());
            ListItem entry = new ListItem(new H4(name + ": " + row.overall()));
            entry.addClassName("onboarding-item");
            StringBuilder details = new StringBuilder(getTranslation("language.evidence." + row.evidence().name()));
            if (row.evidenceDate() != null) {
                details.append(", ").append(dates.format(row.evidenceDate()));
            }
            details.append(" · ").append(getTranslation("language.status." + row.status().name()));
            if (row.hasDocument()) {
                details.append(" · ").append(getTranslation("language.document-stored"));
            }
            entry.add(new Paragraph(details.toString()));
            var upload = FileTransfer.upload(LanguageRegister.MAX_DOCUMENT_BYTES, bytes -> {
                register.attachEvidence(row.id(), bytes);
                Notifications.success(getTranslation("language.document-saved"));
                show();
            }, LanguageRegister.EVIDENCE_TYPES);
            Button remove = new Button(getTranslation("editor.remove"), event -> {
                register.removeLevel(row.id());
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("editor.remove") + ": " + name);
            FlexLayout actions = new FlexLayout(upload, remove);
            actions.addClassName("editor-row");
            entry.add(actions);
            list.add(entry);
        }
    }

    @Override
    public String titleKey() {
        return "nav.languages";
    }
}
