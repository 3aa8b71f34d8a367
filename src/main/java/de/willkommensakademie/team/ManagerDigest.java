package de.willkommensakademie.team;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.mail.OutgoingMail;
import de.willkommensakademie.certificate.ExpiringCertificate;
import de.willkommensakademie.certificate.ExpiringCertificates;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamLead;
import de.willkommensakademie.people.TeamMember;
import de.willkommensakademie.team.Matrix.Cell;
import de.willkommensakademie.team.Matrix.Column;
import de.willkommensakademie.team.Matrix.PersonRow;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a week, when SMTP is configured: one e-mail per manager with what became overdue in their teams since their
 * last digest and what expires within 30 days, in their language, within their authority's visibility preset (the
 * matrix builder decides what is shown with names and what only as counts). Nothing new, no e-mail. Each authority
 * is loaded once for all its managers (a fixed number of queries), then split by team in memory.
 */
@Component
class ManagerDigest {

    /** Completions running out within this many days are reported. */
    static final int EXPIRY_DAYS = 30;
    /** The first digest a manager gets looks back this far for what became overdue. */
    static final int FIRST_LOOK_BACK_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(ManagerDigest.class);

    private final TeamProgress progress;
    private final ExpiringCertificates certificates;
    private final StaffDirectory staff;
    private final ManagerDigestRunRepository runs;
    private final OutgoingMail mail;
    private final Translations translations;
    private final Clock clock;
    private final String from;
    private final String publicUrl;

    ManagerDigest(TeamProgress progress, ExpiringCertificates certificates, StaffDirectory staff,
            ManagerDigestRunRepository runs,
            OutgoingMail mail, Translations translations, Clock clock,
            @Value("${app.mail.from:willkommensakademie@localhost}") String from,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.progress = progress;
        this.certificates = certificates;
        this.staff = staff;
        this.runs = runs;
        this.mail = mail;
        this.translations = translations;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** One manager's digest: the teams with something to report (empty: no e-mail). */
    record Digest(TeamLead lead, LocalDate since, boolean first, List<TeamSection> teams) {
    }

    /**
     * One team's part: the matrix of what is new, as the manager may see it under the preset (no columns when only
     * certificates are new), and the certificates that newly run out within 30 days with how much of them the
     * preset shows.
     */
    record TeamSection(long teamId, String teamName, Matrix matrix, Sight certificateSight,
            List<NamedCertificate> certificates) {
    }

    /** A certificate running out, with its holder's name ("Last, First") for where the preset shows names. */
    record NamedCertificate(String holder, ExpiringCertificate certificate) {
    }

    @Scheduled(cron = "${app.team.digest-cron:0 30 7 * * MON}")
    @SchedulerLock(name = "manager-digest")
    @Transactional
    public void sendDigests() {
        sendDigests(LocalDate.now(clock));
    }

    /** Computes and sends the digests as of {@code today}; returns how many e-mails went out. */
    @Transactional
    int sendDigests(LocalDate today) {
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        List<Digest> computed = new ArrayList<>();
        int sent = 0;
        for (Digest digest : compose(today)) {
            TeamLead lead = digest.lead();
            if (digest.teams().isEmpty() || !lead.wantsTeamDigest() || lead.email() == null
                    || lead.email().isBlank()) {
                computed.add(digest);
                continue;
            }
            try {
                sender.send(message(digest, today));
                computed.add(digest);
                sent++;
            } catch (MailException failed) {
                // not remembered: the next run reports the same and what is new by then
                log.warn("Team digest to employee {} not sent; the next run tries again", lead.id(), failed);
            }
        }
        remember(computed, today);
        if (sent > 0) {
            log.info("Sent {} manager digests", sent);
        }
        return sent;
    }

    /**
     * Every manager's digest as of {@code today}, without sending or remembering anything: per authority the members,
     * statuses and preset of all its led teams in one load, then per manager and team in memory.
     */
    @Transactional(readOnly = true)
    List<Digest> compose(LocalDate today) {
        List<TeamLead> leads = staff.teamLeads();
        if (leads.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> lastDays = runs.findByEmployeeIdIn(leads.stream().map(TeamLead::id).toList()).stream()
                .collect(Collectors.toMap(ManagerDigestRun::employeeId, ManagerDigestRun::lastDay));
        Map<Long, List<TeamLead>> byAuthority = leads.stream()
                .collect(Collectors.groupingBy(TeamLead::authorityId, LinkedHashMap::new, Collectors.toList()));
        List<Digest> digests = new ArrayList<>();
        for (var authority : byAuthority.entrySet()) {
            Set<Long> teamIds = authority.getValue().stream().flatMap(lead -> lead.teamIds().stream())
                    .collect(Collectors.toSet());
            TeamProgress.Loaded loaded = progress.load(authority.getKey(), teamIds);
            Map<Long, List<TeamMember>> members = loaded.members().stream()
                    .collect(Collectors.groupingBy(TeamMember::teamId));
            Map<Long, List<TrainingStatus>> statuses = loaded.assigned().statuses().stream()
                    .collect(Collectors.groupingBy(TrainingStatus::employeeId));
            Sight certificateSight = VisibilityRules.sight(Viewer.MANAGER, Record.CERTIFICATES, loaded.preset());
            Map<Long, List<ExpiringCertificate>> expiring = certificateSight == Sight.NOTHING ? Map.of()
                    : certificates.within(authority.getKey(),
                            loaded.members().stream().map(TeamMember::id).toList(), EXPIRY_DAYS);
            // A team's section depends only on the team and the window, and most managers share a window (the
            // same weekly run), so each is built once however many of the team's managers get it.
            Map<TeamWindow, Optional<TeamSection>> built = new HashMap<>();
            for (TeamLead lead : authority.getValue()) {
                LocalDate last = lastDays.get(lead.id());
                Window window = last == null ? Window.first(today) : new Window(last, today, false);
                List<TeamSection> sections = new ArrayList<>();
                for (long teamId : lead.teamIds()) {
                    built.computeIfAbsent(new TeamWindow(teamId, window), key -> section(teamId, window,
                            members.getOrDefault(teamId, List.of()), statuses, expiring, loaded, certificateSight))
                            .ifPresent(sections::add);
                }
                sections.sort(Comparator.comparing(TeamSection::teamName,
                        Collator.getInstance(Locale.GERMAN)));
                digests.add(new Digest(lead, window.from(), window.first(), sections));
            }
        }
        return digests;
    }

    /** One team's section for one window, or empty when nothing in it is new. */
    private static Optional<TeamSection> section(long teamId, Window window, List<TeamMember> theirs,
            Map<Long, List<TrainingStatus>> statuses, Map<Long, List<ExpiringCertificate>> expiring,
            TeamProgress.Loaded loaded, Sight certificateSight) {
        List<TrainingStatus> news = theirs.stream()
                .flatMap(member -> statuses.getOrDefault(member.id(), List.of()).stream())
                .filter(window::isNew).toList();
        List<NamedCertificate> running = theirs.stream()
                .flatMap(member -> expiring.getOrDefault(member.id(), List.of()).stream()
                        .filter(certificate -> window.isNewlyExpiring(certificate.validUntil()))
                        .map(certificate -> new NamedCertificate(member.sortName(), certificate)))
                .toList();
        if (news.isEmpty() && running.isEmpty()) {
            return Optional.empty();
        }
        Matrix matrix = new MatrixBuilder(Viewer.MANAGER, loaded.preset(), ProgressFilter.none().withTeam(teamId))
                .build(theirs, new TrainingStatuses.Assigned(news, loaded.assigned().titles()), Map.of());
        if (matrix.columns().isEmpty() && running.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TeamSection(teamId, theirs.getFirst().teamName(), matrix, certificateSight, running));
    }

    private record TeamWindow(long teamId, Window window) {
    }

    /**
     * What counts as new for a manager whose last digest was computed on {@code from} (first digest: a week ago):
     * overdue or run out on a day from then until yesterday, or expiring within 30 days of today but not yet within
     * 30 days of {@code from}. Consecutive windows neither overlap nor leave gaps, so nothing is reported twice.
     */
    record Window(LocalDate from, LocalDate today, boolean first) {

        static Window first(LocalDate today) {
            return new Window(today.minusDays(FIRST_LOOK_BACK_DAYS), today, true);
        }

        boolean isNew(TrainingStatus status) {
            LocalDate since = status.since();
            if (since == null) {
                return false;
            }
            return switch (status.state()) {
                case OVERDUE, EXPIRED -> !since.isBefore(from) && since.isBefore(today);
                case EXPIRING -> isNewlyExpiring(since);
                default -> false;
            };
        }

        /** Runs out within 30 days of today, and did not yet within 30 days of the last digest. */
        boolean isNewlyExpiring(LocalDate end) {
            return !end.isAfter(today.plusDays(EXPIRY_DAYS)) && (first || end.isAfter(from.plusDays(EXPIRY_DAYS)));
        }
    }

    /** One update for the managers who had a digest before, batched inserts for the others. */
    private void remember(List<Digest> computed, LocalDate today) {
        List<Long> before = computed.stream().filter(digest -> !digest.first()).map(digest -> digest.lead().id())
                .toList();
        if (!before.isEmpty()) {
            runs.moveTo(before, today);
        }
        runs.saveAll(computed.stream().filter(Digest::first)
                .map(digest -> new ManagerDigestRun(digest.lead().id(), today)).toList());
    }

    private SimpleMailMessage message(Digest digest, LocalDate today) {
        TeamLead lead = digest.lead();
        Locale locale = Translations.fromCode(lead.language());
        StringBuilder body = new StringBuilder(t("team.digest.greeting", locale, lead.fullName())).append("\n\n")
                .append(t(digest.first() ? "team.digest.intro.first" : "team.digest.intro", locale, digest.since(),
                        EXPIRY_DAYS))
                .append("\n");
        for (TeamSection section : digest.teams()) {
            body.append('\n').append(t("team.digest.team", locale, section.teamName())).append('\n');
            appendTeam(body, section, locale);
        }
        body.append('\n').append(t("team.digest.never", locale)).append("\n\n")
                .append(t("team.digest.unsubscribe", locale, publicUrl + "/notices"));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(lead.email());
        message.setSubject(t("team.digest.subject", locale, today));
        message.setText(body.toString());
        return message;
    }

    private void appendTeam(StringBuilder body, TeamSection section, Locale locale) {
        Matrix matrix = section.matrix();
        List<String> late = new ArrayList<>();
        List<String> expiring = new ArrayList<>();
        for (PersonRow person : matrix.people()) {
            for (int position = 0; position < matrix.columns().size(); position++) {
                Cell cell = person.cells().get(position);
                if (cell == null) {
                    continue;
                }
                Column column = matrix.columns().get(position);
                String line = t("team.digest.person." + cell.state().name(), locale, person.name(),
                        column.title(locale), t(cell.mandatory() ? "team.digest.mandatory" : "team.digest.recommended",
                                locale), cell.since());
                (cell.state() == TrainingState.EXPIRING ? expiring : late).add(line);
            }
        }
        List<String> counts = new ArrayList<>();
        for (Column column : matrix.columns()) {
            if (!column.perPerson()) {
                counts.add(t("team.digest.counts", locale, column.title(locale),
                        t(column.mandatory() ? "team.digest.mandatory" : "team.digest.recommended", locale),
                        count(column.totals().late(), locale), count(column.totals().expiring(), locale)));
            }
        }
        appendList(body, "team.digest.heading.late", late, locale);
        appendList(body, "team.digest.heading.expiring", expiring, locale);
        appendList(body, matrix.namesShown() ? "team.digest.heading.counts-recommended" : "team.digest.heading.counts",
                counts, locale);
        appendList(body, "team.digest.heading.certificates", certificateLines(section, locale), locale);
        boolean anyLate = !late.isEmpty() || matrix.columns().stream().anyMatch(column -> !column.perPerson()
                && column.totals().late() != 0);
        ProgressFilter filter = ProgressFilter.none().withTeam(section.teamId())
                .withStatus(anyLate ? StatusFilter.OVERDUE : StatusFilter.EXPIRING);
        body.append(t("team.digest.link", locale, link(filter))).append('\n');
    }

    /** By name where the preset shows certificates per person, otherwise people per certificate title. */
    private List<String> certificateLines(TeamSection section, Locale locale) {
        if (section.certificateSight() == Sight.PER_PERSON) {
            return section.certificates().stream().map(named -> t("team.digest.certificate", locale, named.holder(),
                    named.certificate().title(locale), named.certificate().validUntil())).toList();
        }
        Map<String, Set<Long>> holders = new TreeMap<>(Collator.getInstance(locale));
        section.certificates().forEach(named -> holders.computeIfAbsent(named.certificate().title(locale),
                title -> new HashSet<>()).add(named.certificate().employeeId()));
        return holders.entrySet().stream().map(entry -> t("team.digest.certificate-count", locale, entry.getKey(),
                VisibilityRules.suppressed(entry.getValue().size())
                        ? t(PeopleCount.FEWER_THAN_MIN_KEY, locale, VisibilityRules.MIN_GROUP)
                        : Integer.toString(entry.getValue().size()))).toList();
    }

    private void appendList(StringBuilder body, String heading, List<String> lines, Locale locale) {
        if (lines.isEmpty()) {
            return;
        }
        body.append(t(heading, locale, EXPIRY_DAYS)).append('\n');
        lines.forEach(line -> body.append("- ").append(line).append('\n'));
    }

    private String count(int value, Locale locale) {
        return Totals.isHidden(value) ? t(PeopleCount.FEWER_THAN_MIN_KEY, locale, VisibilityRules.MIN_GROUP)
                : Integer.toString(value);
    }

    /** The matrix, filtered, as a link that opens it (ProgressFilter.fromQuery reads it back). */
    String link(ProgressFilter filter) {
        String query = filter.toQuery().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return publicUrl + "/team/progress" + (query.isEmpty() ? "" : "?" + query);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
