package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The request body limit, including bodies sent without a length (chunked), which MockMvc never sends. */
class RequestBodyLimitTests {

    private final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofKilobytes(1));

    /** A request whose length is not told, as with Transfer-Encoding: chunked. */
    private static MockHttpServletRequest chunked(byte[] body, String type) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/observations") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body);
        request.setContentType(type);
        return request;
    }

    @Test
    void aBodyWithoutALengthIsReadUpToTheLimitThenRefused() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(chunked(new byte[1025], "application/json"), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("larger than 1 KB");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
        byte[] body = "{\"title\": \"Crèche\"}".getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(chunked(body, "application/json"), response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getInputStream().readAllBytes()).isEqualTo(body);
    }

    @Test
    void aToldLengthOverTheLimitIsRefusedUnreadAndUploadsAreLeftToTheirOwnLimits() throws Exception {
        MockHttpServletRequest json = new MockHttpServletRequest("PUT", "/api/schemes/1");
        json.setContent(new byte[2048]);
        json.setContentType("application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(json, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);

        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/workspace/publications/1/file");
        upload.setContent(new byte[2048]);
        upload.setContentType("multipart/form-data; boundary=x");
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(upload, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(upload);
    }
}
