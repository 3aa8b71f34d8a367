package de.willkommensakademie.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who left are anonymised six months after their leaving day by default: the retention coordinator erases
 * them in every feature at once (a whole-person type), and this feature's part is the account itself, which keeps
 * its row for the records that reference it but loses name, e-mail, login, roles and team.
 */
@Component
class PeopleRetention implements PersonalDataRetention {

    static final String PEOPLE_LEFT = "people-left";

    private final EmployeeRepository employees;
    private final Passwords passwords;
    private final JdbcClient jdbc;
    private final Clock clock;

    PeopleRetention(EmployeeRepository employees, Passwords passwords, JdbcClient jdbc, Clock clock) {
        this.employees = employees;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(PEOPLE_LEFT, ChronoUnit.MONTHS, 6, 3, true));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        Map<Long, Long> due = new TreeMap<>();
        jdbc.sql("""
                select id from employee where authority_id = :authority and active = false and erased_at is null
                  and left_on < :cutOff""").param("authority", authorityId)
                .param("cutOff", LocalDate.ofInstant(cutOff, ZoneId.systemDefault())).query(Long.class).list()
                .forEach(id -> due.put(id, 1L));
        return due;
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        erase(authorityId, personId, clock.instant());
        return 1;
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        Employee employee = employees.findByIdAndAuthorityId(personId, authorityId)
                .orElseThrow(() -> new RecordNotFoundException("employee", personId));
        jdbc.sql("delete from team_manager where employee_id = :person").param("person", personId).update();
        // A password nobody knows, hashed fast as a one-time password is (a random UUID cannot be guessed): the account
        // is inactive and renamed anyway, this closes the last door; bcrypt made 200 erasures take 20 s more.
        employee.erase(now, LocalDate.ofInstant(now, ZoneId.systemDefault()),
                passwords.hashOneTime(UUID.randomUUID().toString()));
        return List.of();
    }
}
