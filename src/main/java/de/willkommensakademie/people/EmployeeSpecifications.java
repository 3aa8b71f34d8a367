package de.willkommensakademie.people;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.JoinType;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The employee list's filters as one query; always scoped to one authority. */
final class EmployeeSpecifications {

    private EmployeeSpecifications() {
    }

    static Specification<Employee> matching(long authorityId, EmployeeFilter filter) {
        Specification<Employee> specification = (root, query, cb) -> cb.equal(root.get("authorityId"), authorityId);
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            specification = specification.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("firstName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("lastName")), pattern, '\\'),
                    cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), pattern, '\\'),
                    cb.like(root.get("username"), pattern, '\\'),
                    cb.like(root.get("email"), pattern, '\\')));
        }
        if (filter.teamId() != null) {
            specification = specification.and((root, query, cb) ->
                    cb.equal(root.join("team", JoinType.LEFT).get("id"), filter.teamId()));
        }
        if (filter.jobRoleId() != null) {
            specification = specification.and((root, query, cb) ->
                    cb.equal(root.join("jobRole", JoinType.LEFT).get("id"), filter.jobRoleId()));
        }
        if (filter.role() != null) {
            specification = specification.and((root, query, cb) -> cb.isMember(filter.role(), root.get("roles")));
        }
        if (filter.active() != null) {
            specification = specification.and((root, query, cb) -> cb.equal(root.get("active"), filter.active()));
        }
        return specification;
    }

    /** The same page, in the order people look names up: surname, first name, then id for a stable order. */
    static Pageable byName(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("lastName", "firstName", "id"));
    }

    /** Members of any of these teams. */
    static Specification<Employee> inTeams(List<Long> teamIds) {
        return (root, query, where) -> root.get("team").get("id").in(teamIds);
    }
}
