package de.willkommensakademie.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.FederalState;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers and admins keep their authority's checklist templates: adapt a shipped one, edit the draft, preview it
 * for a start date and publish a new version. Running checklists keep the version they were made from.
 */
@Service
public class OnboardingTemplates {

    private final OnboardingTemplateRepository templates;
    private final TemplateStore store;
    private final OnboardingAccess access;
    private final StaffDirectory staff;

    OnboardingTemplates(OnboardingTemplateRepository templates, TemplateStore store, OnboardingAccess access,
            StaffDirectory staff) {
        this.templates = templates;
        this.store = store;
        this.access = access;
        this.staff = staff;
    }

    /** The authority's own templates and the shipped ones, by job role, the own one before the shipped one. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<TemplateSummary> list() {
        return store.find(null, null, Pageable.unpaged()).stream()
                .sorted(Comparator.comparing(OnboardingTemplate::jobRoleCode)
                        .thenComparing(template -> template.authorityId() == null))
                .map(template -> new TemplateSummary(template.getId(), template.getVersion(), template.key(),
                        template.jobRoleCode(), template.titleDe(), template.titleEn(), template.publishedVersion(),
                        store.isOwn(template))).toList();
    }

    /** The authority's own copy of a shipped template (made once); from then on it replaces the shipped one. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public long adapt(long shippedId) {
        long authorityId = access.ownAuthority();
        OnboardingTemplate shipped = store.visible(shippedId);
        if (store.isOwn(shipped)) {
            return shipped.getId();
        }
        return templates.findByContentKeyAndAuthorityId(shipped.key(), authorityId).map(OnboardingTemplate::getId)
                .orElseGet(() -> store.create(store.draftOf(shipped), authorityId).getId());
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public TemplateDraft draft(long id) {
        OnboardingTemplate template = store.visible(id);
        return new TemplateDraft(template.getId(), template.getVersion(), store.isOwn(template),
                template.publishedVersion(), store.draftOf(template));
    }

    /**
     * Saves the draft loaded at {@code version}; the key stays. Problems for publishing are only reported, not enforced
     * here. Answers the draft's new version, which the editor's next save (or publish) passes.
     */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public long saveDraft(long id, long version, TemplateContent content) {
        return store.saveDraft(id, version, content).getVersion();
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<TemplateProblem> check(long id) {
        return TemplateRules.check(store.draftOf(store.editable(id)));
    }

    /** Publishes the draft as a new version, or returns what prevents it (then nothing changes). */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public List<TemplateProblem> publish(long id, long version) {
        return store.publish(id, version, TemplateRules::check);
    }

    /** The draft's items with their due dates for a start date (the authority's holidays), in the reader's language. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<PreviewLine> preview(long id, LocalDate start, Locale locale) {
        if (start == null) {
            throw new UserFacingException("onboarding.error.start-date");
        }
        TemplateContent content = store.draftOf(store.visible(id));
        FederalState state = staff.federalState(access.ownAuthority()).orElse(null);
        List<PreviewLine> lines = new ArrayList<>();
        for (TemplateContent.Phase phase : content.phases()) {
            for (TemplateContent.Item item : phase.items()) {
                lines.add(new PreviewLine(phase.title().in(locale, "de"), item.title().in(locale, "de"), item.who(),
                        item.due(), DueDates.due(start, item.due(), state), item.signOff()));
            }
        }
        return lines;
    }

    /** The editor's view of a template: its draft with the version it was loaded at. */
    public record TemplateDraft(long id, long version, boolean own, int publishedVersion, TemplateContent content) {
    }
}
