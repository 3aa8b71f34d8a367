package de.willkommensakademie.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearningProgressRepository extends JpaRepository<LearningProgress, Long> {

    List<LearningProgress> findByEmployeeIdOrderByStartedAtDesc(long employeeId);

    Optional<LearningProgress> findByIdAndEmployeeId(long id, long employeeId);

    Optional<LearningProgress> findFirstByEmployeeIdAndModuleIdOrderByStartedAtDesc(long employeeId, long moduleId);
}
