package de.willkommensakademie.language;

import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Targets per job role, kept by admins, and each person's gap against the targets of their own job role. */
@Service
public class LanguageTargets {

    private final LanguageTargetRepository targets;
    private final LanguageRegister register;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final LanguageAccess access;

    LanguageTargets(LanguageTargetRepository targets, LanguageRegister register, StaffDirectory staff,
            CurrentUser currentUser, LanguageAccess access) {
        this.access = access;
        this.targets = targets;
        this.register = register;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<Target> all() {
        return targets.findByAuthorityIdOrderByJobRoleCodeAscLanguageAsc(access.ownAuthority()).stream()
                .map(LanguageTarget::toTarget).toList();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void add(String jobRoleCode, String language, Skill skill, Cefr level) {
        if (jobRoleCode == null || jobRoleCode.isBlank()) {
            throw new UserFacingException("language.target.error.job-role");
        }
        if (!Languages.known(language)) {
            throw new UserFacingException("language.error.language");
        }
        if (level == null) {
            throw new UserFacingException("language.error.level");
        }
        if (targets.existsByAuthorityIdAndJobRoleCodeAndLanguageAndSkill(access.ownAuthority(), jobRoleCode,
                language, skill)) {
            throw new UserFacingException("language.target.error.exists");
        }
        targets.save(new LanguageTarget(access.ownAuthority(), jobRoleCode, language, skill, level));
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void remove(long id) {
        targets.delete(targets.findByIdAndAuthorityId(id, access.ownAuthority())
                .orElseThrow(() -> new RecordNotFoundException("target", id)));
    }

    /** The signed-in person's gaps against their job role's targets (their own levels, verified or not). */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<Gap> myGaps() {
        AppUser me = currentUser.require();
        String jobRole = staff.member(me.accountId()).map(member -> member.jobRoleCode()).orElse(null);
        if (jobRole == null) {
            return List.of();
        }
        List<Target> mine = targets.findByAuthorityIdAndJobRoleCode(access.ownAuthority(), jobRole).stream()
                .map(LanguageTarget::toTarget).toList();
        return Gaps.of(mine, register.myLevels(), false);
    }
}
