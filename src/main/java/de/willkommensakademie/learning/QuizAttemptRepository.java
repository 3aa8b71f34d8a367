package de.willkommensakademie.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    long countByProgressIdAndLessonIndex(long progressId, int lessonIndex);
}
