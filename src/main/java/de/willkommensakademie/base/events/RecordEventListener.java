package de.willkommensakademie.base.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A feature's reaction to another feature's record event ({@code ModuleCompleted}, {@code EmployeeJoined}, …). It runs
 * after the publishing transaction has committed, in a transaction of its own, so its failure never undoes what
 * happened; without a transaction (tests, start-up code) it runs at once.
 * <p>
 * Spring Modulith's event publication registry writes one publication per listener together with the publisher's
 * data and deletes it when the listener has succeeded. A publication whose listener threw stays, and
 * {@link EventRetries} runs the listener again later; so <b>every such listener must be idempotent</b>: handling one
 * event twice must have the effect of handling it once (check for the certificate, checklist or tick first, and let a
 * unique index refuse a concurrent duplicate).
 * <p>
 * It is synchronous on purpose (unlike {@code @ApplicationModuleListener}, which is also {@code @Async}): the person
 * who completes a module sees the certificate on the next page.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(fallbackExecution = true)
@Transactional(propagation = Propagation.REQUIRES_NEW)
public @interface RecordEventListener {

    /**
     * The listener's name in the registry, e.g. {@code certificate.module-completed}. Stored publications refer to
     * it, so it must stay the same when the method is renamed or moved; the admins' start page names failing listeners
     * with the translation {@code events.listener.<id>}.
     */
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id();
}
