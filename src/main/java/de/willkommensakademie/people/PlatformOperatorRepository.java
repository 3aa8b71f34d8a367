package de.willkommensakademie.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlatformOperatorRepository extends JpaRepository<PlatformOperator, Long> {

    Optional<PlatformOperator> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query(
            "select o.username from PlatformOperator o where o.username in :usernames")
    List<String> findExistingUsernames(Collection<String> usernames);
}
