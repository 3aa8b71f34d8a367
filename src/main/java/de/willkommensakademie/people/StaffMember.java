package de.willkommensakademie.people;

import java.util.List;

/**
 * What server-side features (certificates, reminders) need to know about one person: name and language for what is
 * written to them, e-mail and whether they want the daily digest, the authority's name, the team and its managers.
 */
public record StaffMember(long id, long authorityId, String authorityName, String fullName, String email,
        String language, boolean active, boolean emailDigest, Long teamId, List<Long> managerIds,
        String jobRoleCode) {

    public StaffMember {
        managerIds = managerIds == null ? List.of() : List.copyOf(managerIds);
    }
}
