package de.willkommensakademie.team.ui;

import java.util.Locale;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.willkommensakademie.learning.TrainingState;

/** The icon that goes with a status in every team view; always shown next to the words, never alone. */
final class StateIcons {

    private StateIcons() {
    }

    static VaadinIcon of(TrainingState state) {
        return switch (state) {
            case NOT_STARTED -> VaadinIcon.CIRCLE_THIN;
            case IN_PROGRESS -> VaadinIcon.ADJUST;
            case DONE -> VaadinIcon.CHECK_CIRCLE;
            case EXPIRING -> VaadinIcon.HOURGLASS;
            case OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE;
            case EXPIRED -> VaadinIcon.CLOSE_CIRCLE;
        };
    }

    /** The icon's name for a Lit template ("vaadin:check-circle"). */
    static String name(TrainingState state) {
        return "vaadin:" + of(state).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS class that colours the icon; the colour only repeats what icon and words say. */
    static String cssClass(TrainingState state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
