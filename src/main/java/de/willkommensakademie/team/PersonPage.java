package de.willkommensakademie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.certificate.CertificateRow;
import de.willkommensakademie.language.LevelRow;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.onboarding.ChecklistProgress;

/**
 * One person as their manager or an administrator may see them under the preset: assigned items with status, due
 * and completion dates, and, where the preset allows them per person, onboarding, certificates and verified
 * language levels (null when not shown). Nothing about how the person learned: the records cannot hold it.
 */
public record PersonPage(long id, String name, String team, String jobRoleDe, String jobRoleEn, List<Item> items,
        boolean recommendedOnlyCounted, ChecklistProgress onboarding, boolean onboardingShown,
        List<CertificateRow> certificates, List<LevelRow> languages) {

    /** One assigned module or role-play; {@code since} goes with the state as in the matrix. */
    public record Item(AssignedKind kind, long contentId, String titleDe, String titleEn, boolean mandatory,
            LocalDate due, TrainingState state, LocalDate since) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
        }
    }

    public String jobRole(Locale locale) {
        return "en".equals(locale.getLanguage()) && jobRoleEn != null && !jobRoleEn.isBlank() ? jobRoleEn : jobRoleDe;
    }
}
