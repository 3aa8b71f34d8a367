package de.willkommensakademie.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the people an access is about, answered by the feature that owns the people (it depends on this one,
 * so this one cannot ask it directly). Names are copied into the entries, like the actor's name.
 */
public interface AccessSubjects {

    /** Full name by employee id, for those of the ids that belong to the authority. */
    Map<Long, String> names(long authorityId, Collection<Long> employeeIds);
}
