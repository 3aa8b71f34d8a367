package de.willkommensakademie.learning;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments that reach the person (directly, through their team or their job role), their progress in modules with
 * the module standings kept for the team views, their quiz attempts and their own answers (quiz answers are child
 * rows of attempts). Nobody else's answers: answer statistics only count.
 */
@Component
class LearningPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    LearningPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "learning";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Assignment.class, LearningProgress.class, QuizAttempt.class, QuizAnswer.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        return PersonalData.builder()
                .records("assignments", rows.rows("select a.*, m.title_de as module_title_de,"
                        + " m.title_en as module_title_en from assignment a join employee e on e.id = ?"
                        + " left join learning_module m on a.content_kind = 'MODULE' and m.id = a.content_id"
                        + " where a.authority_id = ? and e.authority_id = a.authority_id"
                        + " and ((a.target_kind = 'EMPLOYEE' and a.target_id = e.id)"
                        + " or (a.target_kind = 'TEAM' and a.target_id = e.team_id)"
                        + " or (a.target_kind = 'JOB_ROLE' and a.target_id = e.job_role_id))"
                        + " order by a.created_at, a.id", id, authority))
                .records("progress", rows.rows("select p.*, m.title_de as module_title_de,"
                        + " m.title_en as module_title_en from learning_progress p"
                        + " left join learning_module m on m.id = p.module_id"
                        + " where p.employee_id = ? and p.authority_id = ? order by p.started_at, p.id", id, authority))
                .records("standings", rows.rows("select * from module_standing where employee_id = ?"
                        + " and authority_id = ? order by started_at, module_id", id, authority))
                .records("quizAttempts", rows.rows("select q.* from quiz_attempt q"
                        + " join learning_progress p on p.id = q.progress_id where q.employee_id = ?"
                        + " and p.authority_id = ? order by q.submitted_at, q.id", id, authority))
                .records("quizAnswers", rows.rows("select a.* from quiz_answer a join quiz_attempt q on q.id = a.attempt_id"
                        + " join learning_progress p on p.id = q.progress_id where q.employee_id = ?"
                        + " and p.authority_id = ? order by a.attempt_id, a.lesson_index, a.question_index, a.id", id,
                        authority))
                .build();
    }
}
