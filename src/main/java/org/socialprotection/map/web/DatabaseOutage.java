package org.socialprotection.map.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (restarting, down, the pool out of connections) from a request that
 * went wrong. Such a failure is the server's, passing, and says nothing about the request: it is answered 503 with
 * {@code Retry-After}, never a 500, and never a 401 when the password could not even be checked.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: a PostgreSQL restart takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL = "The database cannot be reached just now (a restart or maintenance). "
            + "Try again in a few seconds.";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && (lostConnection(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class 08 is a connection exception; 57P01 to 57P03 are PostgreSQL's "terminating connection due to
     * administrator command", "crash shutdown" and "the database system is starting up / shutting down".
     */
    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /**
     * The pool closes a connection it found broken (the server terminated it); the rollback that follows the failed
     * statement then fails on the closed connection, and that failure, without an SQL state, replaces the first.
     */
    private static boolean closedByPool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** The API's answer: a problem document (RFC 9457). */
    public static void writeProblem(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String problem = "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"" + DETAIL + "\"}";
        // a streamed answer (a page of features) has taken the output stream already, and a page the writer
        try {
            response.getOutputStream().write(problem.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerTaken) {
            response.getWriter().write(problem);
        }
        response.flushBuffer();
    }

    /** Answers a page with the error page for 503 (templates/error/503.html), through the container's error page. */
    public static void sendErrorPage(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
