package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.OutgoingNotice;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, on one instance of the cluster (and once at start-up): on a round's reminder date, everyone asked who
 * has not answered yet gets one notice (the daily e-mail digest carries it to those who want e-mail), and the round
 * remembers it was sent; the notice's dedupe key makes a second run harmless. Drafts of rounds that have ended are
 * emptied: unfinished answers are not kept past the end.
 */
@Component
class RoundReminders implements DailyReminders {

    private final AssessmentRoundRepository rounds;
    private final ParticipationRepository participations;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final Clock clock;

    RoundReminders(AssessmentRoundRepository rounds, ParticipationRepository participations, StaffDirectory staff,
            NoticeSender notices, Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.staff = staff;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Scheduled(cron = "${app.assessment.reminder-cron:0 35 6 * * *}")
    @SchedulerLock(name = "assessment-reminders")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        for (AssessmentRound round : rounds.findReminderDue(today)) {
            if (!round.reminderDue(today)) {
                continue;
            }
            // everyone not yet answered at once, not one lookup per person
            List<OutgoingNotice> outgoing = new ArrayList<>();
            for (StaffMember person : staff.members(participations.findUnansweredEmployeeIds(round.getId()))
                    .values()) {
                if (person.active()) {
                    outgoing.add(new OutgoingNotice(round.authorityId(), person.id(), "notice.assessment-reminder",
                            List.of(round.title(), round.endsOn()), "assessment/answer/" + round.getId(),
                            "assessment-reminder-" + round.getId()));
                }
            }
            notices.sendAll(outgoing);
            round.reminderSent();
        }
        participations.clearDraftsOfEndedRounds(today);
    }
}
