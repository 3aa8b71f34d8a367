package de.willkommensakademie.certificate;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link CertificateFlowTest}, on real PostgreSQL. */
@OnPostgres
class CertificateFlowPostgresTest extends CertificateFlowTest {
}
