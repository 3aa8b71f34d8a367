package de.willkommensakademie.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.AnswerPage;
import de.willkommensakademie.assessment.AnswerSheet;
import de.willkommensakademie.assessment.AnswerSheet.Rating;
import de.willkommensakademie.assessment.Answering;
import de.willkommensakademie.assessment.QuestionnaireContent;
import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.Cornerstone;
import jakarta.annotation.security.PermitAll;

/**
 * Answering one round: the introduction, then per cornerstone its statements, each with the two 1–5 scales (or
 * "cannot judge") as labelled radio groups inside a fieldset named by the statement, and an optional comment. The
 * person can save and come back, and submits once after a confirmation. In the person's language; one column, so it
 * works on a phone.
 */
@Route("assessment/answer")
@PermitAll
class AnswerRoundView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private static final List<Integer> VALUES = List.of(1, 2, 3, 4, 5, AnswerSheet.CANNOT_JUDGE);

    private final transient Answering answering;
    private final Map<String, RadioButtonGroup<Integer>> current = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Integer>> importance = new LinkedHashMap<>();
    private final Map<Cornerstone, TextArea> comments = new EnumMap<>(Cornerstone.class);
    private long roundId;
    private long version;

    AnswerRoundView(Answering answering) {
        this.answering = answering;
        addClassName("page");
        addClassName("answer-round");
    }

    @Override
    public void setParameter(BeforeEvent event, Long roundId) {
        this.roundId = roundId;
        removeAll();
        current.clear();
        importance.clear();
        comments.clear();
        AnswerPage page;
        try {
            page = answering.open(roundId);
        } catch (UserFacingException refused) {
            add(new H2(getTranslation("assessment.answer.title")),
                    new Paragraph(getTranslation(refused.messageKey(), refused.arguments())), home());
            return;
        }
        show(page);
    }

    private void show(AnswerPage page) {
        Locale locale = getLocale();
        QuestionnaireContent questionnaire = page.questionnaire();
        String language = questionnaire.defaultLanguage() == null ? "de" : questionnaire.defaultLanguage();
        version = page.version();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        add(new H2(page.title()), new Paragraph(getTranslation("assessment.answer.until",
                dates.format(page.endsOn()))));
        questionnaire.introductionParagraphs(locale).forEach(paragraph -> add(new Paragraph(paragraph)));
        Paragraph anonymous = new Paragraph(getTranslation("assessment.answer.anonymous"));
        anonymous.addClassName("answer-anonymous");
        add(anonymous, new Paragraph(getTranslation("assessment.answer.scales")));
        for (Cornerstone cornerstone : Cornerstone.values()) {
            List<Statement> statements = questionnaire.statementsOf(cornerstone);
            if (statements.isEmpty()) {
                continue;
            }
            Section section = new Section(new H3(getTranslation("cornerstone." + cornerstone.name())));
            section.addClassName("answer-cornerstone");
            for (Statement statement : statements) {
                section.add(statement(statement, page.draft().rating(statement.key()), locale, language));
            }
            TextArea comment = new TextArea(getTranslation("assessment.answer.comment",
                    getTranslation("cornerstone." + cornerstone.name())));
            comment.setMaxLength(AnswerSheet.COMMENT_LENGTH);
            comment.setHelperText(getTranslation("assessment.answer.comment.helper"));
            comment.setWidthFull();
            comment.setValue(page.draft().comments().getOrDefault(cornerstone, ""));
            comments.put(cornerstone, comment);
            section.add(comment);
            add(section);
        }
        Button save = new Button(getTranslation("assessment.answer.save"), event -> save());
        Button submit = new Button(getTranslation("assessment.answer.submit"), event -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save, submit);
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(buttons);
    }

    private FieldSet statement(Statement statement, Rating saved, Locale locale, String language) {
        FieldSet fieldSet = new FieldSet(statement.text().in(locale, language));
        fieldSet.addClassName("answer-statement");
        RadioButtonGroup<Integer> now = scale("assessment.answer.current", "assessment.answer.current.low",
                "assessment.answer.current.high");
        now.setValue(saved.current());
        RadioButtonGroup<Integer> relevance = scale("assessment.answer.importance",
                "assessment.answer.importance.low", "assessment.answer.importance.high");
        relevance.setValue(saved.importance());
        current.put(statement.key(), now);
        importance.put(statement.key(), relevance);
        fieldSet.add(new Div(now), new Div(relevance));
        return fieldSet;
    }

    private RadioButtonGroup<Integer> scale(String labelKey, String lowKey, String highKey) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(VALUES);
        group.setItemLabelGenerator(value -> switch (value) {
            case 1 -> getTranslation("assessment.answer.value.low", getTranslation(lowKey));
            case 5 -> getTranslation("assessment.answer.value.high", getTranslation(highKey));
            case AnswerSheet.CANNOT_JUDGE -> getTranslation("assessment.answer.cannot-judge");
            default -> String.valueOf(value);
        });
        group.addClassName("answer-scale");
        return group;
    }

    private AnswerSheet sheet() {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        current.forEach((key, group) -> {
            Integer importanceValue = importance.get(key).getValue();
            if (group.getValue() != null || importanceValue != null) {
                ratings.put(key, new Rating(group.getValue(), importanceValue));
            }
        });
        Map<Cornerstone, String> texts = new EnumMap<>(Cornerstone.class);
        comments.forEach((cornerstone, area) -> {
            if (!area.getValue().isBlank()) {
                texts.put(cornerstone, area.getValue());
            }
        });
        return new AnswerSheet(ratings, texts);
    }

    private void save() {
        version = answering.saveDraft(roundId, version, sheet());
        Notifications.success(getTranslation("assessment.answer.saved"));
    }

    private void confirmSubmit() {
        long open = current.entrySet().stream().mapToLong(entry -> (entry.getValue().getValue() == null ? 1 : 0)
                + (importance.get(entry.getKey()).getValue() == null ? 1 : 0)).sum();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("assessment.answer.submit.confirm"));
        dialog.setText(getTranslation("assessment.answer.submit.confirm.text") + (open == 0 ? ""
                : " " + getTranslation("assessment.answer.submit.confirm.open", open)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("assessment.answer.submit"));
        dialog.addConfirmListener(event -> submit());
        dialog.open();
    }

    private void submit() {
        answering.submit(roundId, version, sheet());
        removeAll();
        current.clear();
        importance.clear();
        comments.clear();
        // the page itself says thank you; a notification on top would only repeat it
        add(new H2(getTranslation("assessment.answer.thanks")),
                new Paragraph(getTranslation("assessment.answer.thanks.text")), home());
    }

    private Anchor home() {
        Anchor home = new Anchor("", getTranslation("assessment.answer.home"));
        home.getElement().setAttribute("router-link", true);
        return home;
    }

    @Override
    public String titleKey() {
        return "assessment.answer.title";
    }
}
