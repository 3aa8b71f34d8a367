package de.willkommensakademie.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The job roles of the signed-in person's authority: the built-in ones plus any an admin added. */
@Service
public class JobRoleService {

    private final JobRoleRepository jobRoles;
    private final AuditLog auditLog;
    private final PeopleAccess access;

    JobRoleService(JobRoleRepository jobRoles, AuditLog auditLog, PeopleAccess access) {
        this.access = access;
        this.jobRoles = jobRoles;
        this.auditLog = auditLog;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<JobRoleOption> options() {
        return jobRoles.findByAuthorityIdOrderByBuiltInDescNameDe(access.ownAuthority()).stream()
                .map(JobRole::toOption).toList();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public JobRoleOption create(String nameDe, String nameEn) {
        String german = clean(nameDe);
        String english = clean(nameEn);
        long authorityId = access.ownAuthority();
        String code = codeFor(english);
        if (code.isEmpty() || jobRoles.existsByAuthorityIdAndCode(authorityId, code)
                || options().stream().anyMatch(option -> option.nameDe().equalsIgnoreCase(german))) {
            throw new UserFacingException("job-role.error.exists", german);
        }
        JobRole jobRole = jobRoles.save(new JobRole(authorityId, code, german, english, false));
        auditLog.recordDetailed(AuditAction.JOB_ROLE_CREATED, code,
                AuditDetails.of("audit.details.job-role", new AuditDetails.Bilingual(german, english)));
        return jobRole.toOption();
    }

    private static String clean(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Limits.JOB_ROLE_NAME) {
            throw new UserFacingException("job-role.error.name-length", Limits.JOB_ROLE_NAME);
        }
        return clean;
    }

    /** A stable code from the English name, used in CSV imports: "Legal Advisor" becomes "legal-advisor". */
    static String codeFor(String englishName) {
        String ascii = Normalizer.normalize(englishName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return code.length() > Limits.JOB_ROLE_CODE ? code.substring(0, Limits.JOB_ROLE_CODE) : code;
    }
}
