package de.willkommensakademie.onboarding;

import de.willkommensakademie.base.content.ContentVersionRepository;

interface OnboardingTemplateVersionRepository extends ContentVersionRepository<OnboardingTemplateVersion> {
}
