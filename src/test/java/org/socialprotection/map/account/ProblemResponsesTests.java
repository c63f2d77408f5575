package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** A password that could not be checked because the database is down is a 503, never a 401. */
class ProblemResponsesTests {

    static InternalAuthenticationServiceException databaseDown() {
        // what DaoAuthenticationProvider makes of the account lookup's failure
        return new InternalAuthenticationServiceException("Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available", "08001")));
    }

    @Test
    void scriptsGet503WithRetryAfterWhileTheAccountCannotBeRead() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemResponses.unauthorized().commence(new MockHttpServletRequest("POST", "/api/observations"), response,
                databaseDown());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentAsString()).contains("\"status\":503").doesNotContain("JDBC");
    }

    @Test
    void aWrongPasswordIsStillA401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemResponses.unauthorized().commence(new MockHttpServletRequest("POST", "/api/observations"), response,
                new BadCredentialsException("Bad credentials"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void theSignInFormShowsThe503PageNotAWrongPassword() throws Exception {
        var handler = ProblemResponses.signInFailed("/login?error");
        MockHttpServletResponse down = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), down, databaseDown());
        assertThat(down.getStatus()).isEqualTo(503);
        assertThat(down.getHeader("Retry-After")).isEqualTo("5");
        assertThat(down.getRedirectedUrl()).isNull();

        MockHttpServletResponse wrong = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), wrong,
                new BadCredentialsException("Bad credentials"));
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
    }
}
