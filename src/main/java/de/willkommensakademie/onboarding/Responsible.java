package de.willkommensakademie.onboarding;

/** Who does an item: the new employee, their buddy, their manager(s), or IT/administration (the authority's admins). */
public enum Responsible {
    EMPLOYEE, BUDDY, MANAGER, IT
}
