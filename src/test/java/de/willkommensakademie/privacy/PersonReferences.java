package de.willkommensakademie.privacy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;

/**
 * The rule of the coverage test, in one place: which entities hold records about a person. An entity does when it is
 * the person ({@link #PERSON}), has an association to them, or has an attribute named in {@link #PERSON_ATTRIBUTES};
 * and, as a child row, when it has an attribute {@code <x>Id} where {@code x} ends the name of an entity that does
 * (quiz answers' {@code attemptId} through quiz attempts, checklist items' {@code checklistId} through checklists).
 * Kept apart from Spring so a test can show it on a hand-built list of entities.
 */
final class PersonReferences {

    /** What an entity looks like to the rule: its name, its attribute names and the entities it is associated with. */
    record Shape(String name, Set<String> attributes, Set<String> associations) {
    }

    static final String PERSON = "Employee";

    /**
     * Attributes that hold a person's id or username, whoever the person is in the record: the holder, recipient,
     * subject, buddy, or whoever did, decided, verified, issued, revoked, signed off, sent back, sent, changed, created
     * or asked for it.
     */
    static final Set<String> PERSON_ATTRIBUTES = Set.of("employeeId", "recipientId", "subjectId", "actorId", "actor",
            "buddyId", "doneBy", "signedOffBy", "sentBackBy", "issuedBy", "revokedBy", "decidedBy", "verifiedBy",
            "sentBy", "changedById", "createdBy", "requestedBy");

    private PersonReferences() {
    }

    static List<Shape> shapes(Metamodel metamodel) {
        return metamodel.getEntities().stream().map(PersonReferences::shape).toList();
    }

    private static Shape shape(EntityType<?> entity) {
        Set<String> attributes = new TreeSet<>();
        Set<String> associations = new TreeSet<>();
        for (Attribute<?, ?> attribute : entity.getAttributes()) {
            attributes.add(attribute.getName());
            if (attribute.isAssociation()) {
                Class<?> target = attribute instanceof PluralAttribute<?, ?, ?> plural ? plural.getElementType()
                        .getJavaType() : attribute.getJavaType();
                associations.add(target.getSimpleName());
            }
        }
        return new Shape(entity.getJavaType().getSimpleName(), attributes, associations);
    }

    /** Names of the entities that hold records about a person, children of such entities included. */
    static Set<String> aboutPeople(Collection<Shape> shapes) {
        Set<String> found = new LinkedHashSet<>();
        for (Shape shape : shapes) {
            if (shape.name().equals(PERSON) || shape.associations().contains(PERSON)
                    || shape.attributes().stream().anyMatch(PERSON_ATTRIBUTES::contains)) {
                found.add(shape.name());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Shape shape : shapes) {
                if (!found.contains(shape.name()) && shape.attributes().stream().anyMatch(attribute ->
                        isParentId(attribute, found))) {
                    found.add(shape.name());
                    grew = true;
                }
            }
        }
        return found;
    }

    /** The entities about people that the covered set misses. */
    static Set<String> uncovered(Collection<Shape> shapes, Set<String> covered) {
        Set<String> missing = new TreeSet<>(aboutPeople(shapes));
        missing.removeAll(covered);
        return missing;
    }

    private static boolean isParentId(String attribute, Set<String> parents) {
        if (!attribute.endsWith("Id") || attribute.length() <= 2) {
            return false;
        }
        String stem = attribute.substring(0, attribute.length() - 2).toLowerCase(Locale.ROOT);
        return parents.stream().anyMatch(parent -> parent.toLowerCase(Locale.ROOT).endsWith(stem));
    }
}
