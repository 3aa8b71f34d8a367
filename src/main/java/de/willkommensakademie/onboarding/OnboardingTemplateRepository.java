package de.willkommensakademie.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnboardingTemplateRepository extends JpaRepository<OnboardingTemplate, Long> {

    @Query("select t from OnboardingTemplate t where t.templateKey = :key and t.authorityId is null")
    Optional<OnboardingTemplate> findByKeyAndAuthorityIdIsNull(String key);

    @Query("select t from OnboardingTemplate t where t.templateKey = :key and t.authorityId = :authorityId")
    Optional<OnboardingTemplate> findByKeyAndAuthorityId(String key, long authorityId);

    /** The authority's own templates and the shipped ones, for the editor's list. */
    @Query("""
            select t from OnboardingTemplate t where t.authorityId is null or t.authorityId = :authorityId
            order by t.jobRoleCode, t.authorityId nulls last""")
    List<OnboardingTemplate> findVisible(long authorityId);

    /** Published templates for a job role: the authority's own first, then the shipped one. */
    @Query("""
            select t from OnboardingTemplate t
            where t.jobRoleCode = :jobRoleCode and t.publishedVersion > 0
              and (t.authorityId is null or t.authorityId = :authorityId)
            order by t.authorityId nulls last""")
    List<OnboardingTemplate> findForJobRole(long authorityId, String jobRoleCode);
}
