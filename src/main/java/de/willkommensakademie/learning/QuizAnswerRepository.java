package de.willkommensakademie.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
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

    /** Per question and answer, how often it was chosen in answers that retention has deleted since. */
    @NativeQuery("""
            select lesson_index, question_index, answer_index, chosen from quiz_answer_tally
            where module_version = :versionId""")
    List<Object[]> tallyAnswers(long versionId);

    /** Per question, the people whose last answer to it retention has deleted. */
    @NativeQuery("""
            select lesson_index, question_index, people from quiz_question_tally
            where module_version = :versionId""")
    List<Object[]> tallyPeople(long versionId);
}
