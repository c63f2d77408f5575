package org.socialprotection.map.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A body streamed on another thread (an export) starts writing only once the request's own thread has left every
 * filter. Until then that thread may still be writing headers (Spring Security writes its headers after the chain,
 * and again when the response is committed), and two threads writing one response's headers raced: a
 * ConcurrentModificationException, seen in the tests of the exports. The wait is the time the request thread takes to
 * unwind its filters, bounded in case it never does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StreamedAnswers extends OncePerRequestFilter {

    private static final String LATCH = StreamedAnswers.class.getName() + ".requestThreadDone";

    /** The body, held until the current request's thread has left the filters (as is, outside a request). */
    public static StreamingResponseBody afterRequestThread(StreamingResponseBody body) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object latch = attributes == null ? null : attributes.getAttribute(LATCH, RequestAttributes.SCOPE_REQUEST);
        if (!(latch instanceof CountDownLatch done)) {
            return body;
        }
        return out -> {
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted before the answer was written", e);
            }
            body.writeTo(out);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CountDownLatch done = new CountDownLatch(1);
        request.setAttribute(LATCH, done);
        try {
            chain.doFilter(request, response);
        } finally {
            done.countDown();
        }
    }
}
