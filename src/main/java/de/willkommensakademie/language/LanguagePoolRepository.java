package de.willkommensakademie.language;

import org.springframework.data.jpa.repository.JpaRepository;

interface LanguagePoolRepository extends JpaRepository<LanguagePoolMember, Long> {
}
