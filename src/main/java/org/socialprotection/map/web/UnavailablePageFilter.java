package org.socialprotection.map.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 page is written without the visitor's session. Sessions live in the database (Spring Session JDBC), and a
 * 503 is the answer when the database cannot be reached ({@link DatabaseOutage}): reading the session to render the
 * page would fail the page too, and the visitor would get the container's bare error instead of the page in their
 * language. So on the error dispatch of a 503, before Spring Session's filter, the session cookie is hidden; the
 * cookie itself is left alone, and the session is there again once the database is.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class UnavailablePageFilter extends OncePerRequestFilter {

    private static final String SESSION_COOKIE = "SESSION";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR || !Integer.valueOf(
                HttpStatus.SERVICE_UNAVAILABLE.value()).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                Cookie[] cookies = super.getCookies();
                return cookies == null ? null : Arrays.stream(cookies)
                        .filter(c -> !SESSION_COOKIE.equals(c.getName())).toArray(Cookie[]::new);
            }
        }, response);
    }
}
