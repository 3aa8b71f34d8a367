package de.willkommensakademie.team;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.learning.ContentTitle;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.onboarding.OnboardingProgress;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import de.willkommensakademie.people.TeamMember;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityPresets;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's page in team progress, for a manager of their team or an administrator of their authority; anyone
 * else, and anyone under "totals only" (no names), finds no such person. Each section appears only where
 * {@link VisibilityRules} shows it per person. Every opening is written to the person's access log.
 */
@Service
public class PersonProgress {

    private final TeamProgress progress;
    private final StaffDirectory staff;
    private final TrainingStatuses statuses;
    private final OnboardingProgress onboarding;
    private final VisibilityPresets presets;
    private final CertificateService certificates;
    private final LanguageRegister languages;
    private final AccessLog accessLog;
    private final TeamAccess access;

    PersonProgress(TeamProgress progress, StaffDirectory staff, TrainingStatuses statuses,
            OnboardingProgress onboarding, VisibilityPresets presets, CertificateService certificates,
            LanguageRegister languages, AccessLog accessLog, TeamAccess access) {
        this.progress = progress;
        this.staff = staff;
        this.statuses = statuses;
        this.onboarding = onboarding;
        this.presets = presets;
        this.certificates = certificates;
        this.languages = languages;
        this.accessLog = accessLog;
        this.access = access;
    }

    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public PersonPage of(long employeeId) {
        long authorityId = access.authority();
        Viewer viewer = progress.viewer();
        VisibilityPreset preset = presets.of(authorityId);
        boolean mandatoryShown = VisibilityRules.perPerson(viewer, Record.MANDATORY_TRAINING_STATUS, preset);
        boolean recommendedShown = VisibilityRules.perPerson(viewer, Record.RECOMMENDED_TRAINING_STATUS, preset);
        StaffMember person = Optional.of(access.person(employeeId)).filter(StaffMember::active)
                .filter(found -> mandatoryShown || recommendedShown)
                .orElseThrow(() -> new RecordNotFoundException("employee", employeeId));
        TeamMember member = staff.activeMembers(authorityId, List.of(person.teamId())).stream()
                .filter(found -> found.id() == employeeId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("employee", employeeId));

        TrainingStatuses.Assigned assigned = statuses.of(authorityId, List.of(member.facts()),
                progress.expiringDays());
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<PersonPage.Item> items = assigned.statuses().stream()
                .filter(status -> VisibilityRules.perPerson(viewer,
                        VisibilityRules.assignmentStatus(status.mandatory()), preset))
                .map(status -> item(status, assigned.titles().get(status.content())))
                .sorted(Comparator.comparing(PersonPage.Item::kind).thenComparing(item -> !item.mandatory())
                        .thenComparing(PersonPage.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(item -> Objects.toString(item.titleDe(), ""), collator))
                .toList();
        boolean recommendedCounted = !recommendedShown && assigned.statuses().stream()
                .anyMatch(status -> !status.mandatory());
        boolean onboardingShown = VisibilityRules.perPerson(viewer, Record.ONBOARDING_PROGRESS, preset);
        var checklist = onboardingShown ? onboarding.of(authorityId, List.of(employeeId)).get(employeeId) : null;
        var certificateRows = VisibilityRules.perPerson(viewer, Record.CERTIFICATES, preset)
                ? certificates.ofEmployee(employeeId) : null;
        var levels = VisibilityRules.perPerson(viewer, Record.VERIFIED_LANGUAGE_LEVELS, preset)
                ? languages.verifiedLevelsOf(employeeId) : null;
        accessLog.record(AccessKind.PERSON_PAGE_VIEWED, employeeId, null);
        return new PersonPage(employeeId, member.fullName(), member.teamName(), member.jobRoleDe(),
                member.jobRoleEn(), items, recommendedCounted, checklist, onboardingShown, certificateRows, levels);
    }

    private static PersonPage.Item item(TrainingStatus status, ContentTitle title) {
        return new PersonPage.Item(status.content().kind(), status.content().id(),
                title == null ? null : title.titleDe(), title == null ? null : title.titleEn(), status.mandatory(),
                status.due(), status.state(), status.since());
    }
}
