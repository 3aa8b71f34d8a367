package de.willkommensakademie.base.privacy;

import java.util.Set;

/**
 * The export side of the data-protection contract (GDPR Art. 15 and 20): every feature that stores records about a
 * person implements it once, as {@code <feature>.<Feature>PersonalData}, and the coordinator in {@code privacy}
 * collects every implementation. A coverage test reads the JPA metamodel and fails when an entity that references a
 * person is listed by no implementation's {@link #entities()}, so a new feature cannot forget its records.
 */
public interface PersonalDataExport {

    /** Short lower-case name: the JSON file's name in the ZIP and part of the summary's translation keys. */
    String name();

    /** The JPA entities whose rows about the person this export reads, child rows included. */
    Set<Class<?>> entities();

    /**
     * Everything the feature holds about the person in that authority: the records about them, never another
     * person's records (an id or a name that the record itself stores, such as who signed an item off, stays).
     */
    PersonalData export(DataSubject subject);
}
