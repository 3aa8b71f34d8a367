package de.willkommensakademie.certificate;

import java.time.Clock;
import java.time.LocalDate;

import de.willkommensakademie.base.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, the demo manager certifies two external trainings through the normal service, so the register,
 * the verification page and (one certificate ends soon) the reminder have something to show.
 */
@Component
@Order(30)
class DemoCertificates implements ApplicationRunner {

    private final DemoMode demo;
    private final CertificateRepository certificates;
    private final CertificateService service;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoCertificates(DemoMode demo,
            CertificateRepository certificates, CertificateService service, UserDetailsService accounts,
            JdbcTemplate jdbc, Clock clock) {
        this.demo = demo;
        this.certificates = certificates;
        this.service = service;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        // completions in the demo history issue certificates first; the two external ones come once
        if (certificates.existsBySourceKind(CertificateKind.EXTERNAL)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            UserDetails manager = accounts.loadUserByUsername("manager");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            service.issueExternal(new ExternalTraining(id("employee"), "Englisch am Schalter (B1)",
                    "Gespräche am Servicepunkt auf Englisch führen", today.minusMonths(2), 40,
                    "Volkshochschule Musterstadt", null));
            service.issueExternal(new ExternalTraining(id("j.weiss"), "Erste Hilfe im Betrieb", null,
                    today.minusYears(2), 9, "Deutsches Rotes Kreuz", today.plusDays(20)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from employee where username = ?", Long.class, username);
    }
}
