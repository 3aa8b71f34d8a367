package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.FederalState;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers and admins keep their authority's checklist templates: adapt a shipped one, edit the draft, preview it
 * for a start date and publish a new version. Running checklists keep the version they were made from.
 */
@Service
public class OnboardingTemplates {

    private final OnboardingTemplateRepository templates;
    private final OnboardingTemplateVersionRepository versions;
    private final TemplateStore store;
    private final OnboardingCodec codec;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Clock clock;

    OnboardingTemplates(OnboardingTemplateRepository templates, OnboardingTemplateVersionRepository versions,
            TemplateStore store, OnboardingCodec codec, CurrentUser currentUser, StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.templates = templates;
        this.versions = versions;
        this.store = store;
        this.codec = codec;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<TemplateSummary> list() {
        long authorityId = currentUser.authorityId();
        return templates.findVisible(authorityId).stream().map(template -> new TemplateSummary(template.getId(),
                template.getVersion(), template.key(), template.jobRoleCode(), template.titleDe(), template.titleEn(),
                template.publishedVersion(), template.authorityId() != null)).toList();
    }

    /** The authority's own copy of a shipped template (made once); from then on it replaces the shipped one. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public long adapt(long shippedId) {
        long authorityId = currentUser.authorityId();
        OnboardingTemplate shipped = visible(shippedId);
        if (shipped.authorityId() != null) {
            return shipped.getId();
        }
        return templates.findByKeyAndAuthorityId(shipped.key(), authorityId).map(OnboardingTemplate::getId)
                .orElseGet(() -> store.create(authorityId, codec.read(shipped.draft())).getId());
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public TemplateDraft draft(long id) {
        OnboardingTemplate template = visible(id);
        return new TemplateDraft(template.getId(), template.getVersion(), template.authorityId() != null,
                template.publishedVersion(), codec.read(template.draft()));
    }

    /** Saves the draft; the key stays. Problems for publishing are only reported, not enforced here. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public void saveDraft(long id, long version, TemplateContent content) {
        OnboardingTemplate template = own(id);
        template.requireVersion(version);
        TemplateContent kept = new TemplateContent(template.key(), content.jobRole(), content.title(),
                content.description(), content.phases());
        template.saveDraft(kept, codec.write(kept), clock.instant());
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<TemplateProblem> check(long id) {
        return TemplateRules.check(codec.read(own(id).draft()));
    }

    /** Publishes the draft as a new version, or returns what prevents it (then nothing changes). */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public List<TemplateProblem> publish(long id, long version) {
        OnboardingTemplate template = own(id);
        template.requireVersion(version);
        TemplateContent content = codec.read(template.draft());
        List<TemplateProblem> problems = TemplateRules.check(content);
        if (problems.isEmpty()) {
            store.publish(template, content);
        }
        return problems;
    }

    /** The draft's items with their due dates for a start date (the authority's holidays), in the reader's language. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<PreviewLine> preview(long id, LocalDate start, Locale locale) {
        if (start == null) {
            throw new UserFacingException("onboarding.error.start-date");
        }
        TemplateContent content = codec.read(visible(id).draft());
        FederalState state = staff.federalState(currentUser.authorityId()).orElse(null);
        List<PreviewLine> lines = new ArrayList<>();
        for (TemplateContent.Phase phase : content.phases()) {
            for (TemplateContent.Item item : phase.items()) {
                lines.add(new PreviewLine(phase.title().in(locale, "de"), item.title().in(locale, "de"), item.who(),
                        item.due(), DueDates.due(start, item.due(), state), item.signOff()));
            }
        }
        return lines;
    }

    private OnboardingTemplate visible(long id) {
        OnboardingTemplate template = templates.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("template", id));
        if (template.authorityId() != null && template.authorityId() != currentUser.authorityId()) {
            throw new RecordNotFoundException("template", id);
        }
        return template;
    }

    private OnboardingTemplate own(long id) {
        OnboardingTemplate template = visible(id);
        if (template.authorityId() == null) {
            throw new UserFacingException("onboarding.error.shipped");
        }
        return template;
    }

    /** The editor's view of a template: its draft with the version it was loaded at. */
    public record TemplateDraft(long id, long version, boolean own, int publishedVersion, TemplateContent content) {
    }
}
