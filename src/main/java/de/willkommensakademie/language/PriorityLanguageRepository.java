package de.willkommensakademie.language;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityLanguageRepository extends JpaRepository<PriorityLanguage, Long> {

    List<PriorityLanguage> findByAuthorityIdOrderByPosition(long authorityId);

    void deleteByAuthorityId(long authorityId);
}
