package de.willkommensakademie.language;

import java.util.List;

import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each authority's priority languages; until an admin chooses, the defaults of {@link Languages}. */
@Service
public class PriorityLanguages {

    private final PriorityLanguageRepository priorities;
    private final LanguageAccess access;

    PriorityLanguages(PriorityLanguageRepository priorities, LanguageAccess access) {
        this.priorities = priorities;
        this.access = access;
    }

    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<String> current() {
        List<String> chosen = priorities.findByAuthorityIdOrderByPosition(access.ownAuthority()).stream()
                .map(PriorityLanguage::language).toList();
        return chosen.isEmpty() ? Languages.DEFAULT_PRIORITY : chosen;
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void choose(List<String> languages) {
        if (languages == null || languages.isEmpty() || !languages.stream().allMatch(Languages::known)) {
            throw new UserFacingException("language.error.priority");
        }
        long authorityId = access.ownAuthority();
        priorities.deleteByAuthorityId(authorityId);
        priorities.flush();
        for (int index = 0; index < languages.size(); index++) {
            priorities.save(new PriorityLanguage(authorityId, languages.get(index), index));
        }
    }
}
