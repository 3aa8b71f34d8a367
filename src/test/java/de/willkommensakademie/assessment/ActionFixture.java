package de.willkommensakademie.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TestAuthority;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rounds to take actions from, written straight into a test authority: the action plan only reads a round's
 * authority, audience, dates and questionnaire, so how rounds are started and answered is not its test's business.
 * Ids come from a range of their own, far above the sequences.
 */
public final class ActionFixture {

    private static final AtomicLong IDS = new AtomicLong(880_000_000L);

    /** The questionnaire every fixture round uses; its statements name shipped modules and role-plays. */
    static final QuestionnaireContent QUESTIONNAIRE = new QuestionnaireContent("zz-actions", Text.of("Fragebogen",
            "Questionnaire"), Text.of("Einleitung", "Introduction"), "de", List.of(
                    new QuestionnaireContent.Statement("self-mission", Cornerstone.SELF_IMAGE,
                            Text.of("Wir haben ein Leitbild", "We have a mission statement"),
                            List.of("welcome-authority"), List.of()),
                    new QuestionnaireContent.Statement("comp-deescalation", Cornerstone.COMPETENCES,
                            Text.of("Wir deeskalieren", "We de-escalate"), List.of("de-escalation-safety"),
                            List.of("angry-client")),
                    new QuestionnaireContent.Statement("comp-interpreters", Cornerstone.COMPETENCES,
                            Text.of("Dolmetschende statt Kinder", "Interpreters instead of children"),
                            List.of("interpreters-plain-language", "no-such-module"), List.of()),
                    new QuestionnaireContent.Statement("net-unlinked", Cornerstone.NETWORKING,
                            Text.of("Wir kennen unsere Partner", "We know our partners"), List.of(), List.of())));

    private final JdbcTemplate jdbc;
    private final TestAuthority authority;
    private final long versionId;

    public ActionFixture(JdbcTemplate jdbc, TestAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
        long questionnaireId = IDS.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        String content = ContentJson.mapper().writeValueAsString(QUESTIONNAIRE);
        jdbc.update("insert into questionnaire (id, version, questionnaire_key, authority_id, status, shared, title_de,"
                + " title_en, draft, published_version, updated_at) values (?, 0, ?, ?, 'PUBLISHED', false,"
                + " 'Fragebogen', 'Questionnaire', ?, 1, ?)", questionnaireId, "zz-actions-" + questionnaireId,
                authority.id(), content, now);
        versionId = IDS.incrementAndGet();
        jdbc.update("insert into questionnaire_version (id, version, questionnaire_id, number, content, published_at)"
                + " values (?, 0, ?, 1, ?, ?)", versionId, questionnaireId, content, now);
    }

    /** A round of the whole authority started by the administrator, from {@code startsOn} for four weeks. */
    public long wholeAuthorityRound(String title, LocalDate startsOn) {
        return round(title, startsOn, true, authority.admin().id());
    }

    /** A round asking one team only, started by {@code startedBy}. */
    public long teamRound(String title, LocalDate startsOn, long teamId, long startedBy) {
        long id = round(title, startsOn, false, startedBy);
        jdbc.update("insert into assessment_round_audience (round_id, kind, target_id) values (?, 'TEAM', ?)", id,
                teamId);
        return id;
    }

    private long round(String title, LocalDate startsOn, boolean wholeAuthority, long startedBy) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into assessment_round (id, version, authority_id, questionnaire_version_id, title,"
                + " whole_authority, starts_on, ends_on, started_by_id, created_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)", id, authority.id(), versionId, title, wholeAuthority,
                startsOn, startsOn.plusWeeks(4), startedBy, Timestamp.from(Instant.now()));
        return id;
    }
}
