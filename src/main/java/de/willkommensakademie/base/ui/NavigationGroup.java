package de.willkommensakademie.base.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The side navigation's groups. A feature puts its page into one by the order of its {@code @Menu} entry, so adding a
 * screen stays a one-annotation change: 1–19 my own things, 20–29 my teams, 30–49 content I create, 50–99 running the
 * authority or the platform. Order 0 (the start page) stands above the groups.
 */
enum NavigationGroup {
    MINE("nav.group.mine", VaadinIcon.USER, 1, 20),
    TEAM("nav.group.team", VaadinIcon.GROUP, 20, 30),
    CONTENT("nav.group.content", VaadinIcon.EDIT, 30, 50),
    ADMINISTRATION("nav.group.administration", VaadinIcon.COG, 50, 100);

    final String titleKey;
    final VaadinIcon icon;
    private final double from;
    private final double below;

    NavigationGroup(String titleKey, VaadinIcon icon, double from, double below) {
        this.titleKey = titleKey;
        this.icon = icon;
        this.from = from;
        this.below = below;
    }

    /** The group of a menu entry's order; empty for the start page and anything outside the bands. */
    static Optional<NavigationGroup> of(Double order) {
        if (order == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(group -> order >= group.from && order < group.below).findFirst();
    }
}
