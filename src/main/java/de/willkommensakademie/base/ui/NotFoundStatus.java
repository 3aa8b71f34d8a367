package de.willkommensakademie.base.ui;

import java.io.IOException;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin answers every page address with its start page (HTTP 200) and finds the route only in the next request, so
 * the 404 of {@link NotFoundView} never reaches the browser. This filter answers 404 up front for a page address
 * that has no route, or one the person may not open (so the status reveals no more than the page does); the
 * friendly not-found view still renders. Runs after Spring Security, so signed-out visitors are sent to the login.
 */
@org.springframework.stereotype.Component
class NotFoundStatus extends OncePerRequestFilter {

    private final AccessAnnotationChecker access;

    NotFoundStatus(AccessAnnotationChecker access) {
        this.access = access;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        String query = request.getQueryString();
        // Only page loads: not Vaadin's own requests, files, controllers or machine clients.
        return !"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html")
                || (query != null && query.contains("v-r=")) || path.startsWith("/VAADIN/")
                || path.startsWith("/api/") || path.startsWith("/actuator/")
                || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        Optional<Class<? extends Component>> target = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext())).getNavigationTarget(path);
        if (target.isEmpty() || !access.hasAccess(target.get(), request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }
}
