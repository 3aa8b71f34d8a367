package de.willkommensakademie.people;

import java.util.HashSet;
import java.util.Set;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/** A team within an authority, led by one or more managers. */
@Entity
class Team extends AbstractEntity {

    private long authorityId;

    @Column(length = Limits.TEAM_NAME)
    private String name;

    @ManyToMany
    @JoinTable(name = "team_manager", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> managers = new HashSet<>();

    protected Team() {
    }

    Team(long authorityId, String name) {
        this.authorityId = authorityId;
        this.name = name;
    }

    long authorityId() {
        return authorityId;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    Set<Employee> managers() {
        return Set.copyOf(managers);
    }

    void replaceManagers(Set<Employee> newManagers) {
        managers.clear();
        managers.addAll(newManagers);
    }

    TeamOption toOption() {
        return new TeamOption(getId(), name);
    }
}
