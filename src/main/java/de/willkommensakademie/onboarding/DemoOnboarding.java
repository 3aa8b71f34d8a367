package de.willkommensakademie.onboarding;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import de.willkommensakademie.base.DemoMode;
import de.willkommensakademie.people.StaffDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, people who joined in the last two months or join in the next month get their checklist, as the
 * joining event would have done; Aylin Demir gets Jürgen Weiß as buddy.
 */
@Component
@Order(25)
class DemoOnboarding implements ApplicationRunner {

    private final DemoMode demo;
    private final ChecklistRepository checklists;
    private final ChecklistFactory factory;
    private final StaffDirectory staff;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoOnboarding(DemoMode demo,
            ChecklistRepository checklists, ChecklistFactory factory, StaffDirectory staff, JdbcTemplate jdbc,
            Clock clock) {
        this.demo = demo;
        this.checklists = checklists;
        this.factory = factory;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        if (checklists.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (long id : jdbc.queryForList("select id from employee where start_date between ? and ? order by id",
                Long.class, Date.valueOf(today.minusDays(60)), Date.valueOf(today.plusDays(30)))) {
            staff.member(id).ifPresent(member -> factory.create(member.authorityId(), member.id(),
                    member.jobRoleCode(), jdbc.queryForObject("select start_date from employee where id = ?",
                            LocalDate.class, id)));
        }
        Long aylin = jdbc.queryForObject("select id from employee where username = 'employee'", Long.class);
        Long buddy = jdbc.queryForObject("select id from employee where username = 'j.weiss'", Long.class);
        checklists.findByEmployeeId(aylin).ifPresent(checklist -> checklist.chooseBuddy(buddy));
    }
}
