package de.willkommensakademie.onboarding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingTemplateVersionRepository extends JpaRepository<OnboardingTemplateVersion, Long> {

    Optional<OnboardingTemplateVersion> findByTemplateIdAndNumber(long templateId, int number);
}
