package org.socialprotection.map.contribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The per-address limit of POST /api/submissions, checked before the JSON body is read: in a flood, the refused
 * requests cost a map lookup and a short answer, not a parse. (The form checks it in its controller, so that a
 * refused form is shown again with what was typed.)
 */
@Configuration
class ApiSubmissionLimit implements WebMvcConfigurer, HandlerInterceptor {

    private final SubmissionThrottle throttle;

    ApiSubmissionLimit(SubmissionThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/submissions");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        Optional<Duration> wait = throttle.attempt(request.getRemoteAddr());
        if (wait.isEmpty()) {
            return true;
        }
        long seconds = Math.max(1, wait.get().toSeconds());
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many submissions from your address in the last hour: try again in " + seconds
                + " seconds\"}");
        return false;
    }
}
