package org.socialprotection.map.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside every other filter: a database outage, wherever it was met (a controller, signing in with a token, a
 * security filter reading the account, a page's rendering), becomes a 503 with {@code Retry-After} instead of the
 * container's 500: a problem document for the API and scripts, the 503 page for a browser. It is answered here
 * rather than in {@code ApiErrors} and {@code PageErrors} because the exceptions that say "outage" are generic ones
 * (a JpaSystemException whose cause has SQL state 57P01): a handler for them there would also catch, and hide from
 * the other handlers, every data error that is not an outage.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            if (wantsPage(request)) {
                DatabaseOutage.sendErrorPage(response);
            } else {
                DatabaseOutage.writeProblem(response);
            }
        }
    }

    /** A page for a browser's navigation; a problem document for the API and for scripts. */
    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }
}
