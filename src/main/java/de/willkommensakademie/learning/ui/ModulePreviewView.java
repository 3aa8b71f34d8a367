package de.willkommensakademie.learning.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.PlayerState;
import de.willkommensakademie.learning.QuizResult;
import jakarta.annotation.security.RolesAllowed;

/** The draft exactly as a learner will see it; nothing is recorded. */
@Route("modules/preview")
@RolesAllowed(Role.Name.TRAINER)
class ModulePreviewView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient ModuleLibrary library;

    ModulePreviewView(ModuleLibrary library) {
        this.library = library;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long moduleId) {
        PlayerState start = library.preview(moduleId);
        Set<Integer> done = new HashSet<>();
        removeAll();
        Paragraph notice = new Paragraph(getTranslation("preview.notice"));
        notice.addClassName("preview-notice");
        add(new Anchor("modules", getTranslation("preview.back")), notice);
        add(new LessonPlayer(start, new LessonPlayer.Actions() {
            @Override
            public PlayerState view(int lesson) {
                done.add(lesson);
                return reload();
            }

            @Override
            public QuizResult submit(int lesson, List<Set<Integer>> chosen) {
                QuizResult result = library.previewQuiz(moduleId, lesson, chosen);
                if (result.passed()) {
                    done.add(lesson);
                }
                return result;
            }

            @Override
            public PlayerState reload() {
                boolean all = done.size() == start.content().lessons().size();
                return new PlayerState(null, moduleId, start.versionNumber(), start.content(), Set.copyOf(done), 0,
                        all);
            }

            @Override
            public MediaFile media(String mediaId) {
                return library.image(moduleId, mediaId);
            }
        }, getLocale()));
    }

    @Override
    public String titleKey() {
        return "preview.title";
    }
}
