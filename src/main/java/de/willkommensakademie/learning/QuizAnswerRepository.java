package de.willkommensakademie.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuizAnswerRepository extends JpaRepository<QuizAnswer, Long> {

    /** Per question and answer: how often it was chosen and by how many different people. */
    @Query("""
            select a.lessonIndex, a.questionIndex, a.answerIndex, count(a), count(distinct t.employeeId)
            from QuizAnswer a, QuizAttempt t
            where t.id = a.attemptId and a.moduleVersionId = :versionId
            group by a.lessonIndex, a.questionIndex, a.answerIndex""")
    List<Object[]> countAnswers(long versionId);

    /** Distinct people who answered each question of a version. */
    @Query("""
            select a.lessonIndex, a.questionIndex, count(distinct t.employeeId)
            from QuizAnswer a, QuizAttempt t
            where t.id = a.attemptId and a.moduleVersionId = :versionId
            group by a.lessonIndex, a.questionIndex""")
    List<Object[]> countPeople(long versionId);
}
