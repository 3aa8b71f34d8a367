package de.willkommensakademie.audit;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link AccessLogTest}, on real PostgreSQL: V15, the paged queries, writing beside a read-only read. */
@OnPostgres
class AccessLogPostgresTest extends AccessLogTest {
}
