/**
 * The one assign dialog for everything assignable (modules, role-plays), open to the other features' screens:
 * {@link de.willkommensakademie.learning.ui.assign.AssignDialogs} opens it for an item.
 */
@org.springframework.modulith.NamedInterface("assign")
package de.willkommensakademie.learning.ui.assign;
