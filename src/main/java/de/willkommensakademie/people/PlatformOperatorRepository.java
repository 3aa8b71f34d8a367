package de.willkommensakademie.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformOperatorRepository extends JpaRepository<PlatformOperator, Long> {

    Optional<PlatformOperator> findByUsername(String username);

    boolean existsByUsername(String username);

    @org.springframework.data.jpa.repository.Query(
            "select o.username from PlatformOperator o where o.username in :usernames")
    java.util.List<String> findExistingUsernames(java.util.Collection<String> usernames);
}
