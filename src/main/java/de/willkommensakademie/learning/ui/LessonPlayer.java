package de.willkommensakademie.learning.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.SafeMarkdown;
import de.willkommensakademie.learning.LessonType;
import de.willkommensakademie.learning.ModuleContent;
import de.willkommensakademie.learning.PlayerState;
import de.willkommensakademie.learning.QuestionType;
import de.willkommensakademie.learning.QuizResult;

/**
 * Plays one module lesson by lesson: a lesson list to jump with, the lesson, back/next buttons, and quizzes with
 * feedback after each submission. Everything is a native button or form field, so it works with the keyboard alone.
 */
class LessonPlayer extends VerticalLayout {

    /** What the player asks of its owner: the learner's service, or a trainer's preview that records nothing. */
    interface Actions {
        PlayerState view(int lesson);

        QuizResult submit(int lesson, List<Set<Integer>> chosen);

        /** The state after a quiz submission changed it. */
        PlayerState reload();

        MediaFile media(String mediaId);
    }

    private final transient Actions actions;
    private final Locale locale;
    private PlayerState state;
    private int current;
    private final Div lessonArea = new Div();
    private final Nav lessonNav = new Nav();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();

    LessonPlayer(PlayerState state, Actions actions, Locale locale) {
        this.actions = actions;
        this.locale = locale;
        this.state = state;
        this.current = state.currentLesson();
        addClassName("lesson-player");
        setPadding(false);
        ModuleContent content = state.content();
        H2 title = new H2(content.title().in(locale, content.defaultLanguage()));
        progress.getElement().setAttribute("aria-label", getTranslation("player.progress.label"));
        progressText.setId("player-progress-text");
        progress.getElement().setAttribute("aria-describedby", "player-progress-text");
        lessonNav.setAriaLabel(getTranslation("player.lessons"));
        lessonNav.addClassName("lesson-nav");
        lessonArea.addClassName("lesson-area");
        lessonArea.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout body = new HorizontalLayout(lessonNav, lessonArea);
        body.addClassName("player-body");
        body.setWidthFull();
        body.setFlexGrow(1, lessonArea);
        UnorderedList goals = new UnorderedList();
        content.goalsIn(locale).forEach(goal -> goals.add(new ListItem(goal)));
        Details about = new Details(getTranslation("player.about"),
                new Paragraph(content.summary().in(locale, content.defaultLanguage())),
                new H3(getTranslation("module.field.goals")), goals);
        // opened before the first lesson, so the goals are read once; folded away afterwards
        about.setOpened(state.doneLessons().isEmpty());
        add(title, about, new Div(progress, progressText));
        if (state.completed() && state.progressId() != null) {
            Paragraph review = new Paragraph(getTranslation("player.review"));
            review.addClassName("player-review");
            add(review);
        }
        add(body);
        show(current);
    }

    private void show(int lesson) {
        current = lesson;
        ModuleContent content = state.content();
        String language = content.defaultLanguage();
        int total = content.lessons().size();
        progress.setValue(total == 0 ? 0 : (double) state.doneLessons().size() / total);
        progressText.setText(getTranslation("player.progress", state.doneLessons().size(), total));

        OrderedList list = new OrderedList();
        for (int index = 0; index < total; index++) {
            int target = index;
            ModuleContent.Lesson item = content.lessons().get(index);
            Button jump = new Button(item.title().in(locale, language), event -> show(target));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (index == lesson) {
                jump.getElement().setAttribute("aria-current", "step");
                jump.addClassName("current");
            }
            Span mark = new Span(state.doneLessons().contains(index) ? "✓" : "");
            mark.getElement().setAttribute("aria-label",
                    state.doneLessons().contains(index) ? getTranslation("player.done") : "");
            list.add(new ListItem(mark, jump));
        }
        lessonNav.removeAll();
        lessonNav.add(list);

        lessonArea.removeAll();
        ModuleContent.Lesson item = content.lessons().get(lesson);
        H3 heading = new H3(getTranslation("player.lesson-of", lesson + 1, total) + ": "
                + item.title().in(locale, language));
        heading.getElement().setAttribute("tabindex", "-1");
        lessonArea.add(heading);
        switch (item.type()) {
            case TEXT -> lessonArea.add(new Html(SafeMarkdown.toHtml(item.body().in(locale, language))));
            case VIDEO -> {
                Element video = new Element("video");
                video.setAttribute("controls", true);
                video.setAttribute("preload", "metadata");
                if (item.mediaId() != null) {
                    video.setAttribute("src", download(item.mediaId(), "lesson-video"));
                } else {
                    video.setAttribute("src", item.videoUrl());
                }
                video.getStyle().set("max-width", "100%");
                Div player = new Div();
                player.getElement().appendChild(video);
                lessonArea.add(player, new H3(getTranslation("player.transcript")),
                        new Html(SafeMarkdown.toHtml(item.body().in(locale, language))));
            }
            case IMAGE -> {
                Image image = new Image(download(item.mediaId(), "lesson-image"), item.alt().in(locale, language));
                image.addClassName("lesson-image");
                lessonArea.add(image);
            }
            case QUIZ -> lessonArea.add(quiz(lesson, item));
        }
        lessonArea.add(navigation(lesson, total, item.type()));
        heading.getElement().callJsFunction("focus");
    }

    /** Streams a stored image or video when the browser asks for it, not when the lesson is built. */
    private DownloadHandler download(String mediaId, String name) {
        return DownloadHandler.fromInputStream(event -> {
            MediaFile data = actions.media(mediaId);
            return new DownloadResponse(new ByteArrayInputStream(data.data()), name, data.contentType(),
                    data.data().length);
        });
    }

    private Component navigation(int lesson, int total, LessonType type) {
        Button back = new Button(getTranslation("player.back"), event -> show(lesson - 1));
        back.setEnabled(lesson > 0);
        Button next = new Button(getTranslation(lesson + 1 < total ? "player.next" : "player.finish"), event -> {
            if (type != LessonType.QUIZ) {
                state = actions.view(lesson);
            }
            if (lesson + 1 < total) {
                show(lesson + 1);
            } else {
                show(lesson);
                Notifications.success(getTranslation(state.completed() ? "player.completed" : "player.not-yet"));
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(back, next);
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        buttons.setWidthFull();
        buttons.addClassName("player-buttons");
        return buttons;
    }

    /**
     * Authors often open their feedback with the verdict ("Richtig. Mit dem Antrag …"); then the player does not say
     * it a second time. Only the verdict's words count, not its punctuation: "Richtig erkannt." opens with "Richtig.".
     */
    private static boolean opensWith(String feedback, String verdict) {
        String words = verdict.strip().replaceAll("[\\p{Punct}\\s]+$", "");
        return !words.isEmpty() && feedback.regionMatches(true, 0, words, 0, words.length())
                && (feedback.length() == words.length() || !Character.isLetterOrDigit(feedback.charAt(words.length())));
    }

    private Component quiz(int lesson, ModuleContent.Lesson item) {
        ModuleContent content = state.content();
        String language = content.defaultLanguage();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(getTranslation("player.quiz.intro", item.quiz().passPercent())));
        if (state.doneLessons().contains(lesson)) {
            form.add(new Paragraph(getTranslation("player.quiz.passed-before")));
        }
        List<Supplier<Set<Integer>>> readers = new ArrayList<>();
        List<Div> feedbackAreas = new ArrayList<>();
        for (int index = 0; index < item.quiz().questions().size(); index++) {
            ModuleContent.Question question = item.quiz().questions().get(index);
            String label = (index + 1) + ". " + question.text().in(locale, language);
            List<Integer> answerIndexes = new ArrayList<>();
            for (int answer = 0; answer < question.answers().size(); answer++) {
                answerIndexes.add(answer);
            }
            Component field;
            if (question.type() == QuestionType.MULTIPLE) {
                CheckboxGroup<Integer> group = new CheckboxGroup<>(label);
                group.setItems(answerIndexes);
                group.setItemLabelGenerator(answer -> question.answers().get(answer).text().in(locale, language));
                group.setHelperText(getTranslation("player.quiz.multiple"));
                readers.add(() -> new HashSet<>(group.getValue()));
                field = group;
            } else {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
                group.setItems(answerIndexes);
                group.setItemLabelGenerator(answer -> question.answers().get(answer).text().in(locale, language));
                readers.add(() -> group.getValue() == null ? new HashSet<>() : new HashSet<>(Set.of(group.getValue())));
                field = group;
            }
            field.addClassName("quiz-question");
            Div feedback = new Div();
            feedback.addClassName("quiz-feedback");
            feedbackAreas.add(feedback);
            form.add(field, feedback);
        }
        Paragraph summary = new Paragraph();
        summary.addClassName("quiz-summary");
        summary.getElement().setAttribute("role", "status");
        Button submit = new Button(getTranslation("player.quiz.submit"), event -> {
            List<Set<Integer>> chosen = readers.stream().map(Supplier::get).toList();
            if (chosen.stream().anyMatch(Set::isEmpty)) {
                summary.setText(getTranslation("quiz.error.unanswered"));
                return;
            }
            QuizResult result = actions.submit(lesson, chosen);
            for (int index = 0; index < result.questions().size(); index++) {
                QuizResult.QuestionFeedback answer = result.questions().get(index);
                Div area = feedbackAreas.get(index);
                area.removeAll();
                area.setClassName("quiz-feedback " + (answer.correct() ? "right" : "wrong"));
                String verdict = getTranslation(answer.correct() ? "player.quiz.right" : "player.quiz.wrong");
                List<String> feedback = answer.feedback().stream().map(text -> text.in(locale, language))
                        .filter(text -> !text.isBlank()).toList();
                if (feedback.isEmpty() || !opensWith(feedback.getFirst(), verdict)) {
                    area.add(new Paragraph(verdict));
                }
                feedback.forEach(text -> area.add(new Paragraph(text)));
            }
            String outcome = getTranslation(result.passed() ? "player.quiz.result-passed" : "player.quiz.result-failed",
                    result.scorePercent(), result.passPercent());
            if (result.attemptsLeft() != null && !result.passed()) {
                outcome += " " + getTranslation("player.quiz.attempts-left", result.attemptsLeft());
            }
            if (result.moduleCompleted()) {
                outcome += " " + getTranslation("player.completed");
            }
            summary.setText(outcome);
            state = actions.reload();
            progress.setValue((double) state.doneLessons().size() / Math.max(1, state.content().lessons().size()));
            progressText.setText(getTranslation("player.progress", state.doneLessons().size(),
                    state.content().lessons().size()));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(submit, summary);
        return form;
    }
}
