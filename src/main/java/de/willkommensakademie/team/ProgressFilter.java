package de.willkommensakademie.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.AssignedKind;

/**
 * What the team progress matrix shows, as it travels in the page's URL so a link from the start page or an e-mail
 * opens it filtered. Every field is optional; a value that does not parse is dropped rather than shown as an error
 * (the page then shows everything the viewer may see).
 *
 * @param teamId       one team, or null for all teams the viewer may see
 * @param jobRoleId    one job role, or null
 * @param item         one module or role-play (a column), or null for all
 * @param status       people with something overdue, expiring or not done; never null
 * @param mandatoryOnly only mandatory assignments
 * @param name         part of a name, or null
 */
public record ProgressFilter(Long teamId, Long jobRoleId, AssignedContent item, StatusFilter status,
        boolean mandatoryOnly, String name) {

    static final int MAX_NAME = 100;

    public ProgressFilter {
        status = status == null ? StatusFilter.ALL : status;
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
    }

    public static ProgressFilter none() {
        return new ProgressFilter(null, null, null, StatusFilter.ALL, false, null);
    }

    public ProgressFilter withTeam(Long team) {
        return new ProgressFilter(team, jobRoleId, item, status, mandatoryOnly, name);
    }

    public ProgressFilter withJobRole(Long jobRole) {
        return new ProgressFilter(teamId, jobRole, item, status, mandatoryOnly, name);
    }

    public ProgressFilter withItem(AssignedContent content) {
        return new ProgressFilter(teamId, jobRoleId, content, status, mandatoryOnly, name);
    }

    public ProgressFilter withStatus(StatusFilter value) {
        return new ProgressFilter(teamId, jobRoleId, item, value, mandatoryOnly, name);
    }

    public ProgressFilter withMandatoryOnly(boolean value) {
        return new ProgressFilter(teamId, jobRoleId, item, status, value, name);
    }

    public ProgressFilter withName(String value) {
        return new ProgressFilter(teamId, jobRoleId, item, status, mandatoryOnly, value);
    }

    /** The filter as URL query parameters; empty fields are left out. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (teamId != null) {
            query.put("team", teamId.toString());
        }
        if (jobRoleId != null) {
            query.put("role", jobRoleId.toString());
        }
        if (item != null) {
            query.put("item", item.kind().name().toLowerCase(Locale.ROOT) + "-" + item.id());
        }
        if (status != StatusFilter.ALL) {
            query.put("status", status.name().toLowerCase(Locale.ROOT));
        }
        if (mandatoryOnly) {
            query.put("mandatory", "true");
        }
        if (name != null) {
            query.put("name", name);
        }
        return query;
    }

    /** Reads the URL's parameters; anything that does not parse is ignored. */
    public static ProgressFilter fromQuery(Map<String, List<String>> parameters) {
        return new ProgressFilter(id(first(parameters, "team")), id(first(parameters, "role")),
                item(first(parameters, "item")), status(first(parameters, "status")),
                "true".equals(first(parameters, "mandatory")), first(parameters, "name"));
    }

    private static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static Long id(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(text);
    }

    private static AssignedContent item(String text) {
        if (text == null) {
            return null;
        }
        int dash = text.lastIndexOf('-');
        Long id = dash < 0 ? null : id(text.substring(dash + 1));
        if (id == null) {
            return null;
        }
        for (AssignedKind kind : AssignedKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(text.substring(0, dash))) {
                return new AssignedContent(kind, id);
            }
        }
        return null;
    }

    private static StatusFilter status(String text) {
        for (StatusFilter value : StatusFilter.values()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                return value;
            }
        }
        return StatusFilter.ALL;
    }
}
