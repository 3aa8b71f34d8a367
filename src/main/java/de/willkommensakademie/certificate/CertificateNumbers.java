package de.willkommensakademie.certificate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable certificate numbers, "2026-000042", counted per authority and year without gaps: the counter row is raised
 * in the caller's transaction, which locks it until that transaction ends, so two issuers take turns and a certificate
 * that fails to be stored gives its number back. The same plain SQL works on H2 and PostgreSQL.
 */
@Component
class CertificateNumbers {

    private static final String RAISE = """
            update certificate_counter set last_number = last_number + 1
            where authority_id = ? and issue_year = ?""";

    private static final int MAX_ATTEMPTS = 15;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate onItsOwn;

    CertificateNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of this authority and year; it is taken only if the caller's transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(long authorityId, int year) {
        if (raise(authorityId, year) == 0) {
            createCounter(authorityId, year);
            raise(authorityId, year);
        }
        long number = jdbc.queryForObject(
                "select last_number from certificate_counter where authority_id = ? and issue_year = ?", Long.class,
                authorityId, year);
        return format(year, number);
    }

    /**
     * H2 stops waiting for a row lock after two seconds and PostgreSQL waits as long as it takes; while another issuer
     * of the same authority draws and signs its certificate, waiting a little longer is right on both.
     */
    private int raise(long authorityId, int year) {
        for (int attempt = 1;; attempt++) {
            try {
                return jdbc.update(RAISE, authorityId, year);
            } catch (PessimisticLockingFailureException busy) {
                if (attempt == MAX_ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }

    static String format(int year, long number) {
        return year + "-" + String.format("%06d", number);
    }

    /**
     * The year's first certificate: the row is created in a transaction of its own (committed at once, so a second
     * issuer waits on it instead of inserting it too); if another issuer was quicker, its row is just as good.
     */
    private void createCounter(long authorityId, int year) {
        try {
            onItsOwn.executeWithoutResult(status -> jdbc.update("""
                    insert into certificate_counter (authority_id, issue_year, last_number)
                    select ?, ?, 0 where not exists
                        (select 1 from certificate_counter where authority_id = ? and issue_year = ?)""",
                    authorityId, year, authorityId, year));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // the other issuer's row is used
        }
    }
}
