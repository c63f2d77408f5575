package org.socialprotection.map.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialprotection.map.web.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * 401 and 403 of the JSON API as RFC 9457 problems, like its other errors. A password that could not be checked
 * because the database is unreachable is a 503 with Retry-After, never a 401: the credentials may well be right.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (DatabaseOutage.causedBy(e)) {
                DatabaseOutage.writeProblem(response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Social Protection Map\", Bearer");
            if (e instanceof ThrottledAuthenticationProvider.Throttled throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            }
            write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic or a personal API token (Bearer): "
                    + e.getMessage());
        };
    }

    /** The sign-in form's failures: back to the form, except an outage, which is the 503 page. */
    static AuthenticationFailureHandler signInFailed(String failureUrl) {
        var wrongPassword = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (request, response, e) -> {
            if (DatabaseOutage.causedBy(e)) {
                DatabaseOutage.sendErrorPage(response);
            } else {
                wrongPassword.onAuthenticationFailure(request, response, e);
            }
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN,
                "Your role does not allow this");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + escaped + "\"}");
    }
}
