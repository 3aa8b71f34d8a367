package de.willkommensakademie.scenario;

/** Small published role-plays for tests: a scene, one choice between a good and a poor ending. */
public final class RolePlayFixtures {

    private RolePlayFixtures() {
    }

    /** A published role-play of the signed-in trainer's authority. */
    public static long published(ScenarioLibrary library, String titleDe, String titleEn) {
        long id = draft(library, titleDe, titleEn);
        if (!library.publish(id, library.draft(id).version()).isEmpty()) {
            throw new IllegalStateException("fixture role-play does not publish");
        }
        return id;
    }

    /** A complete draft of the signed-in trainer's authority, not published. */
    public static long draft(ScenarioLibrary library, String titleDe, String titleEn) {
        long id = library.create(titleDe, titleEn);
        library.saveDraft(id, library.draft(id).version(), ScenarioLibraryTest.complete(library.draft(id).content()));
        return id;
    }

    /** Plays a fixture role-play as the signed-in person to its good or its poor ending. */
    public static Play playTo(ScenarioPlay play, long id, boolean good) {
        Play started = play.start(id);
        play.proceed(started.attemptId());
        return play.choose(started.attemptId(), good ? 0 : 1);
    }

    /** Starts a fixture role-play as the signed-in person and leaves it at the first choice. */
    public static Play startOnly(ScenarioPlay play, long id) {
        Play started = play.start(id);
        return play.proceed(started.attemptId());
    }
}
