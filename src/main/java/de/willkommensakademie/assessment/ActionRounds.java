package de.willkommensakademie.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rounds the action plan works from, and their questionnaires. */
@Component
class ActionRounds {

    /** What the action plan needs of a round. */
    record RoundRef(long id, long authorityId, long questionnaireVersionId, String title, LocalDate startsOn,
            LocalDate endsOn) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final TeamService teams;
    private final QuestionnaireVersions versions;
    private final Clock clock;

    ActionRounds(JdbcClient jdbc, CurrentUser currentUser, TeamService teams, QuestionnaireVersions versions,
            Clock clock) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.clock = clock;
        this.currentUser = currentUser;
        this.teams = teams;
    }

    /** A round of the caller's authority that the caller may see, or not found. */
    RoundRef visible(long authorityId, long roundId) {
        return visibleStarted(authorityId).stream().filter(round -> round.id() == roundId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("assessment round", roundId));
    }

    /** A round of the caller's authority, whoever started it (an action's round, for those who may edit it). */
    RoundRef byId(long authorityId, long roundId) {
        return jdbc.sql("select * from assessment_round where id = :id and authority_id = :authority")
                .param("id", roundId).param("authority", authorityId).query(ActionRounds::ref)
                .optional().orElseThrow(() -> new RecordNotFoundException("assessment round", roundId));
    }

    List<RoundRef> visibleStarted(long authorityId) {
        AppUser user = currentUser.require();
        List<RoundRef> all = jdbc.sql("""
                select * from assessment_round where authority_id = :authority and starts_on <= :today
                order by starts_on desc, id desc""").param("authority", authorityId).param("today", LocalDate.now(clock))
                .query(ActionRounds::ref).list();
        if (user.hasRole(Role.ADMIN)) {
            return all;
        }
        List<Long> led = teams.myTeamOptions().stream().map(TeamOption::id).toList();
        List<Long> covering = led.isEmpty() ? List.of() : jdbc.sql("""
                select round_id from assessment_round_audience where kind = 'TEAM' and target_id in (:teams)""")
                .param("teams", led).query(Long.class).list();
        List<Long> started = jdbc.sql("""
                select id from assessment_round where authority_id = :authority
                and (whole_authority = true or started_by_id = :me)""").param("authority", authorityId)
                .param("me", user.accountId()).query(Long.class).list();
        return all.stream().filter(round -> covering.contains(round.id()) || started.contains(round.id())).toList();
    }

    /** The questionnaire version a round was started with (the caller checked the round). */
    QuestionnaireContent questionnaire(RoundRef round) {
        return versions.content(round.questionnaireVersionId());
    }

    /** Titles of these rounds of the caller's authority. */
    Map<Long, String> titles(long authorityId, Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from assessment_round where authority_id = :authority and id in (:ids)")
                .param("authority", authorityId).param("ids", roundIds).query(ActionRounds::ref)
                .list().stream().collect(Collectors.toMap(RoundRef::id, RoundRef::title));
    }

    private static RoundRef ref(ResultSet row, int number) throws SQLException {
        return new RoundRef(row.getLong("id"), row.getLong("authority_id"), row.getLong("questionnaire_version_id"),
                row.getString("title"), row.getObject("starts_on", LocalDate.class),
                row.getObject("ends_on", LocalDate.class));
    }
}
