package de.willkommensakademie.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs work that a page starts but that outlasts the request (an import of thousands of rows, a bulk issue of
 * certificates) on virtual threads, with the rights of the person who started it. Features' services use it, pages
 * never start threads. With {@code app.background.synchronous=true} (the test profile) the work runs at once on the
 * caller's thread, so tests see the result without waiting.
 */
@Component
public class BackgroundWork implements DisposableBean {

    private final ExecutorService threads;
    private final DelegatingSecurityContextExecutor withRights;

    BackgroundWork(@Value("${app.background.synchronous:false}") boolean synchronous) {
        this.threads = synchronous ? null : Executors.newVirtualThreadPerTaskExecutor();
        // The security context is taken from the starting thread when the work is handed over.
        this.withRights = new DelegatingSecurityContextExecutor(synchronous ? Runnable::run : threads);
    }

    /** Starts the work; the future completes with its result or with the exception it threw. */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, withRights);
    }

    @Override
    public void destroy() {
        if (threads != null) {
            threads.shutdown();
        }
    }
}
