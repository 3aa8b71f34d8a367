package de.willkommensakademie.people;

import java.util.List;

/**
 * A manager and the teams they lead, for the weekly team digest: name, address and language for the e-mail, and
 * whether they want it. Nothing about the people in the teams.
 */
public record TeamLead(long id, long authorityId, String fullName, String email, String language,
        boolean wantsTeamDigest, List<Long> teamIds) {

    public TeamLead {
        teamIds = List.copyOf(teamIds);
    }
}
