package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.base.privacy.PersonCounts;
import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz answers (each submission with its chosen answers) are kept 12 months after the module was completed; the
 * completion itself stays, since it is the training status the employer needs. Question statistics count the answer
 * rows, so before rows go their counts move into {@code quiz_answer_tally}, and a person whose last answer to a
 * question goes is counted once in {@code quiz_question_tally}: the figures a trainer sees stay exactly the same.
 * Erasure deletes all of a person's quiz answers the same way, and their progress with the module standings copied
 * from it.
 */
@Component
class LearningRetention implements PersonalDataRetention {

    static final String QUIZ_ANSWERS = "quiz-answers";

    private final JdbcClient jdbc;

    LearningRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(QUIZ_ANSWERS, ChronoUnit.MONTHS, 12, 1));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        return PersonCounts.of(jdbc.sql("""
                select t.employee_id, count(*) from quiz_attempt t join learning_progress p on p.id = t.progress_id
                where p.authority_id = :authority and p.completed_at < :cutOff group by t.employee_id""")
                .param("authority", authorityId).param("cutOff", cutOff.atOffset(ZoneOffset.UTC)));
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        List<Long> attempts = jdbc.sql("""
                select t.id from quiz_attempt t join learning_progress p on p.id = t.progress_id
                where p.authority_id = :authority and t.employee_id = :person and p.completed_at < :cutOff""")
                .param("authority", authorityId).param("person", personId)
                .param("cutOff", cutOff.atOffset(ZoneOffset.UTC)).query(Long.class).list();
        return deleteAttempts(attempts, personId);
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        List<Long> attempts = jdbc.sql("""
                select t.id from quiz_attempt t join learning_progress p on p.id = t.progress_id
                where p.authority_id = :authority and t.employee_id = :person""")
                .param("authority", authorityId).param("person", personId).query(Long.class).list();
        deleteAttempts(attempts, personId);
        jdbc.sql("delete from module_standing where authority_id = :authority and employee_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        jdbc.sql("delete from learning_progress where authority_id = :authority and employee_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        // what was assigned to them in person names them; assignments to their team or job role do not
        jdbc.sql("""
                delete from assignment
                where authority_id = :authority and target_kind = 'EMPLOYEE' and target_id = :person""")
                .param("authority", authorityId).param("person", personId).update();
        return List.of();
    }

    /** Moves the answers' counts into the tallies, then deletes answers and submissions. */
    private long deleteAttempts(List<Long> attempts, long personId) {
        if (attempts.isEmpty()) {
            return 0;
        }
        Set<List<Long>> questions = new LinkedHashSet<>();
        jdbc.sql("""
                select module_version, lesson_index, question_index, answer_index, count(*) from quiz_answer
                where attempt_id in (:attempts)
                group by module_version, lesson_index, question_index, answer_index""").param("attempts", attempts)
                .query((row, n) -> {
                    long version = row.getLong(1);
                    long lesson = row.getLong(2);
                    long question = row.getLong(3);
                    addChosen(version, lesson, question, row.getLong(4), row.getLong(5));
                    return questions.add(List.of(version, lesson, question));
                }).list();
        jdbc.sql("delete from quiz_answer where attempt_id in (:attempts)").param("attempts", attempts).update();
        int deleted = jdbc.sql("delete from quiz_attempt where id in (:attempts)").param("attempts", attempts)
                .update();
        for (List<Long> question : questions) {
            long left = jdbc.sql("""
                    select count(*) from quiz_answer a join quiz_attempt t on t.id = a.attempt_id
                    where t.employee_id = :person and a.module_version = :version and a.lesson_index = :lesson
                      and a.question_index = :question""").param("person", personId)
                    .param("version", question.get(0)).param("lesson", question.get(1))
                    .param("question", question.get(2)).query(Long.class).single();
            if (left == 0) {
                addPerson(question.get(0), question.get(1), question.get(2));
            }
        }
        return deleted;
    }

    private void addChosen(long version, long lesson, long question, long answer, long chosen) {
        int updated = jdbc.sql("""
                update quiz_answer_tally set chosen = chosen + :chosen where module_version = :version
                  and lesson_index = :lesson and question_index = :question and answer_index = :answer""")
                .param("chosen", chosen).param("version", version).param("lesson", lesson)
                .param("question", question).param("answer", answer).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into quiz_answer_tally (module_version, lesson_index, question_index, answer_index, chosen)
                    values (:version, :lesson, :question, :answer, :chosen)""").param("chosen", chosen)
                    .param("version", version).param("lesson", lesson).param("question", question)
                    .param("answer", answer).update();
        }
    }

    private void addPerson(long version, long lesson, long question) {
        int updated = jdbc.sql("""
                update quiz_question_tally set people = people + 1 where module_version = :version
                  and lesson_index = :lesson and question_index = :question""").param("version", version)
                .param("lesson", lesson).param("question", question).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into quiz_question_tally (module_version, lesson_index, question_index, people)
                    values (:version, :lesson, :question, 1)""").param("version", version).param("lesson", lesson)
                    .param("question", question).update();
        }
    }
}
