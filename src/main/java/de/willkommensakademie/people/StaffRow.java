package de.willkommensakademie.people;

import java.util.List;

/** A {@link StaffMember} as one query reads it, before the team's managers are added. */
record StaffRow(long id, long authorityId, String authorityName, String fullName, String email, String language,
        boolean active, boolean emailDigest, Long teamId, String jobRoleCode) {

    StaffMember withManagers(List<Long> managerIds) {
        return new StaffMember(id, authorityId, authorityName, fullName, email, language, active, emailDigest, teamId,
                managerIds, jobRoleCode);
    }
}
