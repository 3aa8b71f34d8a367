package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.people.EmployeeJoined;
import de.willkommensakademie.people.FederalState;
import de.willkommensakademie.people.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Makes a person's checklist from the newest published template for their job role (the authority's own before the
 * shipped one), with every item's due date computed from the start date, the authority's federal state deciding the
 * public holidays. The one place checklists are created.
 */
@Component
class ChecklistFactory {

    private final OnboardingTemplateRepository templates;
    private final OnboardingTemplateVersionRepository versions;
    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final OnboardingCodec codec;
    private final StaffDirectory staff;
    private final Clock clock;

    ChecklistFactory(OnboardingTemplateRepository templates, OnboardingTemplateVersionRepository versions,
            ChecklistRepository checklists, ChecklistItemRepository items, OnboardingCodec codec, StaffDirectory staff,
            Clock clock) {
        this.staff = staff;
        this.templates = templates;
        this.versions = versions;
        this.checklists = checklists;
        this.items = items;
        this.codec = codec;
        this.clock = clock;
    }

    /** Nothing when the person has a checklist already or no template fits the job role. */
    Optional<Checklist> create(long authorityId, long employeeId, String jobRoleCode, LocalDate startDate) {
        if (checklists.findByEmployeeId(employeeId).isPresent() || jobRoleCode == null || startDate == null) {
            return Optional.empty();
        }
        return templates.findForJobRole(authorityId, jobRoleCode).stream().findFirst()
                .map(template -> create(authorityId, employeeId, template, startDate));
    }

    /**
     * Checklists for many people at once (a CSV import): templates, their content and the federal states are read once
     * per batch, not once per person, and who has a checklist already is asked in one query.
     */
    void createAll(List<EmployeeJoined> people) {
        Set<Long> haveOne = new HashSet<>(checklists.findEmployeeIdsWithChecklist(people.stream()
                .map(EmployeeJoined::employeeId).toList()));
        Map<String, Optional<Published>> published = new HashMap<>();
        Map<Long, Optional<FederalState>> states = new HashMap<>();
        for (EmployeeJoined joined : people) {
            if (haveOne.contains(joined.employeeId()) || joined.jobRoleCode() == null || joined.startDate() == null) {
                continue;
            }
            published.computeIfAbsent(joined.authorityId() + "/" + joined.jobRoleCode(), key -> templates
                    .findForJobRole(joined.authorityId(), joined.jobRoleCode()).stream().findFirst()
                    .map(this::published))
                    .ifPresent(template -> create(joined.authorityId(), joined.employeeId(), template,
                            states.computeIfAbsent(joined.authorityId(), staff::federalState).orElse(null),
                            joined.startDate()));
        }
    }

    Checklist create(long authorityId, long employeeId, OnboardingTemplate template, LocalDate startDate) {
        return create(authorityId, employeeId, published(template), staff.federalState(authorityId).orElse(null),
                startDate);
    }

    /** A template's published version with its content read. */
    private record Published(long versionId, TemplateContent content) {
    }

    private Published published(OnboardingTemplate template) {
        OnboardingTemplateVersion version = versions.findByContentIdAndNumber(template.getId(),
                template.publishedVersion()).orElseThrow();
        return new Published(version.getId(), codec.read(version.content()));
    }

    private Checklist create(long authorityId, long employeeId, Published template, FederalState state,
            LocalDate startDate) {
        TemplateContent content = template.content();
        Checklist checklist = checklists.save(new Checklist(authorityId, employeeId, template.versionId(),
                content.title().get("de"), content.title().get("en"), startDate, clock.instant()));
        int position = 0;
        for (TemplateContent.Phase phase : content.phases()) {
            for (TemplateContent.Item item : phase.items()) {
                items.save(new ChecklistItem(checklist.getId(), position++, phase.title().get("de"),
                        phase.title().get("en"), item.title().get("de"), item.title().get("en"),
                        text(item.description(), "de"), text(item.description(), "en"), item.who(),
                        DueDates.due(startDate, item.due(), state), item.module(), item.scenario(), item.signOff(), false));
            }
        }
        return checklist;
    }

    private static String text(Text text, String language) {
        return text == null || !text.has(language) ? null : text.get(language);
    }
}
