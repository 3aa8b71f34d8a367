package de.willkommensakademie.onboarding;

import java.util.Comparator;
import java.util.List;

import de.willkommensakademie.base.content.AuthoredContentRepository;
import de.willkommensakademie.base.content.ContentVisibility;

interface OnboardingTemplateRepository extends AuthoredContentRepository<OnboardingTemplate> {

    /** Published templates for a job role the authority may use: its own first, then the shipped one. */
    default List<OnboardingTemplate> findForJobRole(long authorityId, String jobRoleCode) {
        return findAll(ContentVisibility.<OnboardingTemplate>usableBy(authorityId)
                .and((root, query, cb) -> cb.equal(root.get("jobRoleCode"), jobRoleCode))).stream()
                .sorted(Comparator.comparing(template -> template.authorityId() == null)).toList();
    }
}
