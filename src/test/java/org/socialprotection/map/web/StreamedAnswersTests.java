package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A streamed body written on another thread waits until the request thread has left the filters. */
class StreamedAnswersTests {

    @Test
    void theBodyIsWrittenOnlyOnceTheRequestThreadHasLeftTheFilters() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> written = new CompletableFuture<>();
        new StreamedAnswers().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((HttpServletRequest) request));
            try {
                StreamingResponseBody body = StreamedAnswers.afterRequestThread(out -> order.add("body written"));
                new Thread(() -> {
                    try {
                        body.writeTo(OutputStream.nullOutputStream());
                        written.complete(null);
                    } catch (IOException e) {
                        written.completeExceptionally(e);
                    }
                }).start();
                // the request thread still at work in its filters (Spring Security writing its headers)
                Thread.sleep(300);
                order.add("request thread done");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        });
        written.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("request thread done", "body written");
    }

    @Test
    void outsideARequestTheBodyIsAsItIs() throws Exception {
        StreamingResponseBody body = out -> out.write(1);
        assertThat(StreamedAnswers.afterRequestThread(body)).isSameAs(body);
    }
}
