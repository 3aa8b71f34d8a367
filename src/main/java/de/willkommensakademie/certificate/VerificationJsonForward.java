package de.willkommensakademie.certificate;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends {@code /verify/{code}} to the JSON answer when the client asks for JSON and not for a page. Browsers accept
 * any type ({@code *}{@code /*}) besides HTML, so matching on produces alone would hand them JSON instead of the page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class VerificationJsonForward extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/verify/") || accept == null || !accept.contains("application/json")
                || accept.contains("text/html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.getRequestDispatcher("/api" + path).forward(request, response);
    }
}
