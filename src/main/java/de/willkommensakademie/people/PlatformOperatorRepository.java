package de.willkommensakademie.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformOperatorRepository extends JpaRepository<PlatformOperator, Long> {

    Optional<PlatformOperator> findByUsername(String username);

    boolean existsByUsername(String username);
}
