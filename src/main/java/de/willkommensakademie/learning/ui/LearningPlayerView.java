package de.willkommensakademie.learning.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.MyLearning;
import de.willkommensakademie.learning.PlayerState;
import de.willkommensakademie.learning.QuizResult;
import jakarta.annotation.security.RolesAllowed;

/** A learner working through one module; resumes where they left off. */
@Route("learning/module")
@RolesAllowed(Role.Name.EMPLOYEE)
class LearningPlayerView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient MyLearning myLearning;
    private final transient ModuleLibrary library;

    LearningPlayerView(MyLearning myLearning, ModuleLibrary library) {
        this.myLearning = myLearning;
        this.library = library;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long moduleId) {
        PlayerState opened = myLearning.open(moduleId);
        removeAll();
        add(new Anchor("learning", getTranslation("player.back-to-overview")));
        add(new LessonPlayer(opened, new LessonPlayer.Actions() {
            @Override
            public PlayerState view(int lesson) {
                return myLearning.view(opened.progressId(), lesson);
            }

            @Override
            public QuizResult submit(int lesson, List<Set<Integer>> chosen) {
                return myLearning.submitQuiz(opened.progressId(), lesson, chosen);
            }

            @Override
            public PlayerState reload() {
                return myLearning.open(moduleId);
            }

            @Override
            public MediaFile media(String mediaId) {
                return library.image(moduleId, mediaId);
            }
        }, getLocale()));
    }

    @Override
    public String titleKey() {
        return "nav.my-learning";
    }
}
