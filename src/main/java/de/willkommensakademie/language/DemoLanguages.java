package de.willkommensakademie.language;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import de.willkommensakademie.base.DemoMode;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills the language register so every language screen shows something real: levels (some per skill,
 * all but one verified) for a realistic part of the demo people of both authorities, a few pool members, targets
 * per job role, and courses requested, declined, planned, running, completed (with their certificates) and dropped.
 * First languages are given only for the few people who also joined the pool, as a person would choose to.
 * It runs after the other demo data (the demo certificates are issued first) and only on an empty register.
 */
@Component
@Order(40)
class DemoLanguages implements ApplicationRunner {

    private static final String VHS = "Volkshochschule Musterstadt";

    private final DemoMode demo;
    private final LanguageLevelRepository levels;
    private final LanguagePoolRepository pool;
    private final LanguageCourseRepository courses;
    private final LanguageTargetRepository targets;
    private final StaffDirectory staff;
    private final UserDetailsService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private LocalDate today;

    DemoLanguages(DemoMode demo,
            LanguageLevelRepository levels, LanguagePoolRepository pool, LanguageCourseRepository courses,
            LanguageTargetRepository targets, StaffDirectory staff, UserDetailsService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.demo = demo;
        this.levels = levels;
        this.pool = pool;
        this.courses = courses;
        this.targets = targets;
        this.staff = staff;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        if (levels.count() > 0 || courses.count() > 0 || targets.count() > 0 || account("manager").isEmpty()
                || account("admin2").isEmpty()) {
            return;
        }
        today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        musterstadt();
        beispielheim();
    }

    private void musterstadt() {
        target("admin", "front-office", "en", Skill.SPEAKING, Cefr.B1);
        target("admin", "back-office", "en", null, Cefr.A2);
        target("admin", "asylum-law", "en", null, Cefr.B1);
        target("admin", "team-lead", "en", null, Cefr.B2);

        verified("admin", "en", Cefr.B2, Evidence.TELC, 60);
        verified("trainer", "en", Cefr.C1, Evidence.CAMBRIDGE, 40, Cefr.C1, Cefr.C1, Cefr.B2, Cefr.B2);
        verified("trainer", "uk", Cefr.A2, Evidence.IN_HOUSE_TEST, 8);
        // Servicepoint & Aufenthalt
        verified("manager", "en", Cefr.B2, Evidence.UNICERT, 70);
        level("employee", "en", Cefr.B1, Evidence.CAMBRIDGE, 2, false, Cefr.B2, Cefr.B1, Cefr.B1, Cefr.A2);
        verified("j.weiss", "en", Cefr.B1, Evidence.IN_HOUSE_TEST, 14, Cefr.B1, Cefr.B1, Cefr.A2, Cefr.A2);
        verified("o.kovalenko", "uk", Cefr.C2, Evidence.FIRST_LANGUAGE, 0);
        verified("o.kovalenko", "ru", Cefr.C1, Evidence.TELC, 30);
        joinPool("o.kovalenko");
        // Asyl & Rückkehr
        verified("r.schaefer", "en", Cefr.B1, Evidence.TELC, 120);
        verified("n.haddad", "ar", Cefr.C2, Evidence.FIRST_LANGUAGE, 0);
        verified("n.haddad", "en", Cefr.C1, Evidence.CAMBRIDGE, 50, Cefr.C1, Cefr.C1, Cefr.C1, Cefr.B2);
        verified("n.haddad", "fr", Cefr.B2, Evidence.UNICERT, 90);
        joinPool("n.haddad");
        verified("s.fischer", "en", Cefr.C1, Evidence.CAMBRIDGE, 17);
        verified("a.rahimi", "fa-AF", Cefr.C2, Evidence.FIRST_LANGUAGE, 0);
        verified("a.rahimi", "ps", Cefr.B2, Evidence.SELF_ASSESSMENT, 1);
        verified("a.rahimi", "en", Cefr.B1, Evidence.IN_HOUSE_TEST, 1, Cefr.B2, Cefr.B1, Cefr.B1, Cefr.A2);
        joinPool("a.rahimi");
        verified("l.zimmermann-oberhausen", "en", Cefr.B2, Evidence.TELC, 36);
        verified("l.zimmermann-oberhausen", "uk", Cefr.A2, Evidence.IN_HOUSE_TEST, 6);
        joinPool("l.zimmermann-oberhausen");
        verified("j.hartmann", "en", Cefr.B2, Evidence.UNICERT, 24, Cefr.B2, Cefr.C1, Cefr.B2, Cefr.B1);
        verified("j.hartmann", "tr", Cefr.A2, Evidence.IN_HOUSE_TEST, 10);
        verified("d.petrovic", "ru", Cefr.B1, Evidence.TELC, 26);
        verified("d.petrovic", "en", Cefr.B1, Evidence.SELF_ASSESSMENT, 26);
        // Fachkräfte & Einbürgerung
        verified("c.wagner", "en", Cefr.C1, Evidence.UNICERT, 100);
        verified("h.oeztuerk", "tr", Cefr.C2, Evidence.FIRST_LANGUAGE, 0);
        verified("h.oeztuerk", "en", Cefr.B1, Evidence.TELC, 48);
        joinPool("h.oeztuerk");
        verified("e.sahin", "tr", Cefr.C1, Evidence.TELC, 20, Cefr.C1, Cefr.C1, Cefr.C1, Cefr.B2);
        verified("e.sahin", "en", Cefr.B2, Evidence.CAMBRIDGE, 30);
        joinPool("e.sahin");
        verified("d.wisniewski", "en", Cefr.B2, Evidence.TELC, 12);
        verified("d.wisniewski", "ru", Cefr.B1, Evidence.SELF_ASSESSMENT, 12);
        verified("v.rossi", "en", Cefr.C1, Evidence.CAMBRIDGE, 40);
        verified("b.kraemer", "en", Cefr.A2, Evidence.IN_HOUSE_TEST, 30);

        request("j.weiss", "en", Cefr.B1, VHS, "Mehr Sicherheit bei Gesprächen am Schalter", 3);
        LanguageCourse declined = request("e.sahin", "en", Cefr.C1, "Sprachschule am Markt",
                "Fachgespräche mit Arbeitgebern", 60);
        declined.decide(false, id("c.wagner"), "Budget für dieses Jahr ausgeschöpft – bitte im Januar neu beantragen");
        plan(request("d.petrovic", "ru", Cefr.B2, VHS, "Beratung russischsprachiger Antragsteller", 120), VHS, -2,
                2, 80, 640_00);
        plan(request("a.rahimi", "en", Cefr.B2, "Sprachschule am Markt", "Schriftverkehr auf Englisch", 30),
                "Sprachschule am Markt", 1, 5, 60, 450_00);
        complete(plan(request("s.fischer", "en", Cefr.C1, VHS, null, 700), VHS, -22, -17, 60, 890_00), Cefr.C1, 56);
        complete(plan(request("l.zimmermann-oberhausen", "uk", Cefr.A2, VHS, "Gespräche mit Geflüchteten", 330),
                VHS, -10, -6, 40, 320_00), Cefr.A2, 38);
        LanguageCourse dropped = plan(request("h.oeztuerk", "ar", Cefr.A2, VHS, null, 460), VHS, -14, -10, 48,
                380_00);
        dropped.drop(12);
    }

    private void beispielheim() {
        target("admin2", "front-office", "en", null, Cefr.B1);
        target("admin2", "back-office", "en", null, Cefr.A2);
        target("admin2", "team-lead", "en", null, Cefr.B2);

        verified("admin2", "en", Cefr.B2, Evidence.UNICERT, 80);
        verified("m.koch", "en", Cefr.B1, Evidence.TELC, 60);
        verified("m.koch", "ru", Cefr.B1, Evidence.TELC, 12);
        verified("e.kaya", "en", Cefr.C1, Evidence.CAMBRIDGE, 30, Cefr.C2, Cefr.C1, Cefr.C1, Cefr.B2);
        verified("e.kaya", "ar", Cefr.B1, Evidence.GOETHE, 20);
        joinPool("e.kaya");

        complete(plan(request("m.koch", "ru", Cefr.B1, "Volkshochschule Beispielheim", null, 520),
                "Volkshochschule Beispielheim", -16, -12, 60, 520_00), Cefr.B1, 58);
        request("m.koch", "en", Cefr.B2, "Volkshochschule Beispielheim",
                "Beratung von Fachkräften aus Drittstaaten", 5);
    }

    private void target(String admin, String jobRole, String language, Skill skill, Cefr level) {
        account(admin).ifPresent(user -> targets.save(new LanguageTarget(user.authorityId(), jobRole, language,
                skill, level)));
    }

    private void verified(String username, String language, Cefr overall, Evidence evidence, int monthsAgo,
            Cefr... skills) {
        level(username, language, overall, evidence, monthsAgo, true, skills);
    }

    /** A level with an optional listening, reading, speaking and writing level. */
    private void level(String username, String language, Cefr overall, Evidence evidence, int monthsAgo,
            boolean verified, Cefr... skills) {
        account(username).ifPresent(user -> {
            boolean perSkill = skills.length == 4;
            LevelForm form = new LevelForm(language, overall, perSkill ? skills[0] : null, perSkill ? skills[1] : null,
                    perSkill ? skills[2] : null, perSkill ? skills[3] : null, evidence,
                    evidence == Evidence.FIRST_LANGUAGE ? null : today.minusMonths(monthsAgo));
            LanguageLevel level = new LanguageLevel(user.authorityId(), user.accountId(), form, instant(-monthsAgo));
            if (verified) {
                level.verify(verifier(user), instant(-monthsAgo).plusSeconds(86_400));
            }
            levels.save(level);
        });
    }

    private void joinPool(String username) {
        account(username).ifPresent(user -> pool.save(new LanguagePoolMember(user.accountId(), user.authorityId(),
                clock.instant())));
    }

    private LanguageCourse request(String username, String language, Cefr target, String provider, String reason,
            int daysAgo) {
        AppUser user = account(username).orElseThrow();
        return courses.save(new LanguageCourse(user.authorityId(), user.accountId(), language, target, provider,
                reason, clock.instant().minusSeconds(daysAgo * 86_400L)));
    }

    /** Approves a request and plans it from {@code startMonths} to {@code endMonths} from today. */
    private LanguageCourse plan(LanguageCourse course, String provider, int startMonths, int endMonths, int hours,
            long costCents) {
        course.decide(true, verifier(course.employeeId()), null);
        course.plan(provider, today.plusMonths(startMonths), today.plusMonths(endMonths), hours, costCents);
        return course;
    }

    /** Completes a course the normal way: the completion event issues the person's certificate. */
    private void complete(LanguageCourse course, Cefr reached, int hoursAttended) {
        Instant at = course.endDate().atStartOfDay(ZoneId.systemDefault()).toInstant();
        course.complete(reached, hoursAttended, at);
        courses.save(course);
        events.publishEvent(new LanguageCourseCompleted(course.authorityId(), course.employeeId(), course.getId(),
                course.language(), Languages.name(course.language(), Locale.GERMAN),
                Languages.name(course.language(), Locale.ENGLISH), reached, course.provider(), course.endDate(),
                hoursAttended, at));
    }

    /** The person's manager (not the person), else an administrator of the authority. */
    private long verifier(AppUser user) {
        return verifier(user.accountId());
    }

    private long verifier(long employeeId) {
        StaffMember member = staff.member(employeeId).orElseThrow();
        return member.managerIds().stream().filter(manager -> manager != employeeId).findFirst()
                .orElseGet(() -> staff.administrators(member.authorityId()).stream()
                        .filter(admin -> admin != employeeId).findFirst().orElse(employeeId));
    }

    private long id(String username) {
        return account(username).orElseThrow().accountId();
    }

    private Instant instant(int months) {
        return today.plusMonths(months).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private Optional<AppUser> account(String username) {
        try {
            return Optional.of((AppUser) accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }
}
