package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that cannot be reached is a 503 with Retry-After for the API (a problem document) and for pages (the
 * 503 page), whatever layer met it; other data errors are not mistaken for an outage.
 */
class DatabaseOutageTests {

    /** What the repositories throw while PostgreSQL restarts, and where they throw it from. */
    static volatile Supplier<RuntimeException> failure;

    @RestController
    static class ThrowingApi {
        @GetMapping("/api/things")
        String things() {
            throw failure.get();
        }
    }

    @Controller
    static class ThrowingPage {
        @GetMapping("/things")
        String things() {
            throw failure.get();
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThrowingApi(), new ThrowingPage())
            .setControllerAdvice(new PageErrors(new StaticMessageSource()), new ApiErrors())
            .addFilters(new DatabaseOutageFilter())
            .build();

    static RuntimeException noConnection() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
                        + "after 3000ms", "08001"));
    }

    @Test
    void theApiAnswers503WithRetryAfterForEveryShapeOfOutage() throws Exception {
        List<Supplier<RuntimeException>> outages = List.of(
            DatabaseOutageTests::noConnection,
            () -> new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new JDBCConnectionException("unable to obtain isolated JDBC connection",
                            new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))),
            () -> new JpaSystemException(new PersistenceException(new SQLException(
                    "FATAL: terminating connection due to administrator command", "57P01"))),
            () -> new TransactionSystemException("Could not commit JPA transaction",
                    new SQLException("An I/O error occurred while sending to the backend.", "08006")),
            () -> new PersistenceException(new SQLException("FATAL: the database system is starting up", "57P03")),
            // the statement failed (57P01), the pool closed the broken connection, then the rollback failed on it
            () -> new JpaSystemException(new org.hibernate.TransactionException(
                    "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));
        for (Supplier<RuntimeException> outage : outages) {
            failure = outage;
            mvc.perform(get("/api/things"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.detail").value(DatabaseOutage.DETAIL));
        }
    }

    /** The container then shows templates/error/503.html (DatabaseOutageIntegrationTests checks it on a server). */
    @Test
    void aPageAnswersThe503Page() throws Exception {
        failure = DatabaseOutageTests::noConnection;
        mvc.perform(get("/things").accept("text/html"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(""));
    }

    @Test
    void anotherDataErrorIsNotAnOutage() {
        failure = () -> new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThatThrownBy(() -> mvc.perform(get("/api/things")))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
    }

    /** An outage met outside the controllers: a filter signing in with a token, a page's rendering. */
    @Test
    void theFilterAnswersAnOutageMetBeforeTheControllers() throws Exception {
        var failing = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (request, response, chain) -> {
            throw new ServletException("Filter execution threw an exception", noConnection());
        });
        MockHttpServletResponse api = new MockHttpServletResponse();
        new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("POST", "/api/observations"), api, failing);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isEqualTo("5");
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503");

        failing.reset();
        MockHttpServletRequest pageRequest = new MockHttpServletRequest("GET", "/workspace");
        pageRequest.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse page = new MockHttpServletResponse();
        new DatabaseOutageFilter().doFilter(pageRequest, page, failing);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.getErrorMessage()).isNull();
        assertThat(page.isCommitted()).isTrue();
    }

    /**
     * A streamed answer (a page of features written as the database reads it) has taken the output stream when the
     * restart cuts its query: the 503 must be written without the servlet's writer, which a real container then
     * refuses (seen as a 500 in the restart test).
     */
    @Test
    void anOutageInTheMiddleOfAStreamedAnswerIsStillA503() throws Exception {
        var streaming = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (request, response, chain) -> {
            response.getOutputStream().write("{\"type\":\"FeatureCollection\",\"features\":[".getBytes());
            throw new ServletException("Request processing failed", new JpaSystemException(new PersistenceException(
                    new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        });
        MockHttpServletResponse api = new MockHttpServletResponse();
        // as a servlet container: the writer is refused once the output stream was taken (MockHttpServletResponse allows both)
        var container = new jakarta.servlet.http.HttpServletResponseWrapper(api) {
            boolean streamTaken;

            @Override
            public jakarta.servlet.ServletOutputStream getOutputStream() throws java.io.IOException {
                streamTaken = true;
                return super.getOutputStream();
            }

            @Override
            public java.io.PrintWriter getWriter() throws java.io.IOException {
                if (streamTaken) {
                    throw new IllegalStateException("getOutputStream() has already been called for this response");
                }
                return super.getWriter();
            }
        };
        new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("GET", "/api/observations"), container,
                streaming);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isEqualTo("5");
        assertThat(api.getContentAsString()).startsWith("{\"type\":\"about:blank\"").contains("\"status\":503");
    }
}
