package de.willkommensakademie.visibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of who sees what of a person's learning records, for each {@link VisibilityPreset}. Team views
 * (progress matrix, a person's page, exports, the manager digest, the start page card, role-plays, languages and
 * onboarding in the team, certificate expiry notices to managers) ask {@link #sight} before they show anything about
 * someone else; {@code docs/visibility.md} is generated from this table.
 *
 * <p>The table governs what a manager or administrator may <em>look at</em> about other people. Workflows in which
 * they take part themselves stay as they are: doing or confirming an onboarding task, starting someone's onboarding,
 * deciding on, planning and completing a language course, verifying a language level. Notices about their team
 * follow the table (a certificate expiry notice names the holder only where certificates show per person).
 */
public final class VisibilityRules {

    /** Below this many people a count is shown as "fewer than 5" under TOTALS_ONLY (and in trainer statistics). */
    public static final int MIN_GROUP = 5;

    /** Who looks: the person themselves, a manager of their team, an administrator of their authority, a trainer. */
    public enum Viewer {
        SELF, MANAGER, ADMIN, TRAINER
    }

    /**
     * What is looked at. Assigned role-plays are training like modules: their status is
     * {@link #MANDATORY_TRAINING_STATUS} or {@link #RECOMMENDED_TRAINING_STATUS} by the assignment's kind (see
     * {@link #assignmentStatus(boolean)}); {@link #ROLE_PLAY_STATUS} is only role-play practice nobody assigned.
     */
    public enum Record {
        /** Not started, in progress, done (date), overdue, expiring, expired, of mandatory modules and role-plays. */
        MANDATORY_TRAINING_STATUS,
        /** The same for recommended modules and role-plays. */
        RECOMMENDED_TRAINING_STATUS,
        /** Role-plays a person practised of their own accord, without an assignment: whether and when. */
        ROLE_PLAY_STATUS,
        /** Progress of the onboarding checklist (items done of items due). */
        ONBOARDING_PROGRESS,
        /** Certificates: what for, issued when, valid until (never a score). */
        CERTIFICATES,
        /** Language levels an administrator has verified against evidence. */
        VERIFIED_LANGUAGE_LEVELS,
        SCORES,
        QUIZ_ANSWERS,
        /** How many attempts someone needed. */
        ATTEMPTS,
        TIME_SPENT,
        LOGIN_TIMES,
        ROLE_PLAY_CHOICES_AND_TRANSCRIPTS,
        REFLECTIONS
    }

    /** How much of a record a viewer sees. */
    public enum Sight {
        /** Per person, with name. */
        PER_PERSON,
        /** Only counts per team or module, never names; a count of fewer than {@link #MIN_GROUP} people is hidden. */
        COUNTS_ONLY,
        /** Nothing at all, not even counts. */
        NOTHING
    }

    /** Status of assigned things and qualifications: what a preset opens or closes for managers and administrators. */
    static final Set<Record> STATUS = EnumSet.of(Record.MANDATORY_TRAINING_STATUS,
            Record.RECOMMENDED_TRAINING_STATUS, Record.ONBOARDING_PROGRESS, Record.CERTIFICATES,
            Record.VERIFIED_LANGUAGE_LEVELS);

    /** How someone learned: never shown to managers or administrators, whatever the preset. */
    static final Set<Record> HOW_SOMEONE_LEARNED = EnumSet.of(Record.SCORES, Record.QUIZ_ANSWERS, Record.ATTEMPTS,
            Record.TIME_SPENT, Record.LOGIN_TIMES, Record.ROLE_PLAY_CHOICES_AND_TRANSCRIPTS, Record.REFLECTIONS);

    /** What trainers may count to improve their content: completions, answer and choice distributions, scores. */
    static final Set<Record> TRAINER_STATISTICS = EnumSet.of(Record.MANDATORY_TRAINING_STATUS,
            Record.RECOMMENDED_TRAINING_STATUS, Record.ROLE_PLAY_STATUS, Record.SCORES, Record.QUIZ_ANSWERS,
            Record.ROLE_PLAY_CHOICES_AND_TRANSCRIPTS);

    private VisibilityRules() {
    }

    /** How much of {@code record} about another person {@code viewer} sees under {@code preset}. */
    public static Sight sight(Viewer viewer, Record record, VisibilityPreset preset) {
        return switch (viewer) {
            case SELF -> Sight.PER_PERSON;
            case TRAINER -> TRAINER_STATISTICS.contains(record) ? Sight.COUNTS_ONLY : Sight.NOTHING;
            case MANAGER, ADMIN -> managerSight(record, preset);
        };
    }

    /** The record that holds an assignment's status (module or role-play), by whether it is mandatory. */
    public static Record assignmentStatus(boolean mandatory) {
        return mandatory ? Record.MANDATORY_TRAINING_STATUS : Record.RECOMMENDED_TRAINING_STATUS;
    }

    /** Whether {@code viewer} sees this record of another person with their name under {@code preset}. */
    public static boolean perPerson(Viewer viewer, Record record, VisibilityPreset preset) {
        return sight(viewer, record, preset) == Sight.PER_PERSON;
    }

    /**
     * Whether a count of this many people must be shown as "fewer than 5" instead of the number. Zero counts too:
     * "0 overdue" in a team says something about every one of its members.
     */
    public static boolean suppressed(long people) {
        return people < MIN_GROUP;
    }

    private static Sight managerSight(Record record, VisibilityPreset preset) {
        if (HOW_SOMEONE_LEARNED.contains(record)) {
            return Sight.NOTHING;
        }
        if (!STATUS.contains(record)) {
            // Practice nobody assigned is the person's own business: how many of a team practised, nothing more.
            return Sight.COUNTS_ONLY;
        }
        return switch (preset) {
            case STATUS_PER_PERSON -> Sight.PER_PERSON;
            // Certificates, onboarding and verified language levels are what the personnel file and deployment
            // planning need (docs/visibility.md explains why); only recommended training falls back to counts.
            case MANDATORY_ONLY -> record == Record.RECOMMENDED_TRAINING_STATUS ? Sight.COUNTS_ONLY
                    : Sight.PER_PERSON;
            case TOTALS_ONLY -> Sight.COUNTS_ONLY;
        };
    }
}
