package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Every kind of response carries the security headers; only /embed may be framed by other sites. */
@AtlasTest
@H2GisTest
class SecurityHeadersTests {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Autowired MockMvc mvc;

    @Test
    void pagesApiFilesAndErrorsCarryThePolicy() throws Exception {
        assertSecured(get("/"), 200, false);
        assertSecured(get("/countries/GHA"), 200, false);
        assertSecured(get("/api/schemes"), 200, false);
        assertSecured(get("/favicon.svg"), 200, false);
        assertSecured(get("/frontend/site.css"), 200, false);
        assertSecured(get("/ogcapi/collections?f=json"), 200, false);
        assertSecured(get("/countries/XXX"), 404, false);
        assertSecured(get("/no-such-page"), 404, false);
        assertSecured(get("/api/observations/999999999"), 404, false);
        assertSecured(post("/api/observations").contentType(MediaType.APPLICATION_JSON).content("{}"), 401, false);
        assertSecured(get("/embed"), 200, true);
        assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse()
                .getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline';")
                .containsPattern("script-src 'self' 'nonce-[^']+';");
    }

    @Test
    void onlyTheEmbeddedMapMayBeFramed() throws Exception {
        MockHttpServletResponse embed = mvc.perform(get("/embed")).andReturn().getResponse();
        assertThat(embed.getHeader("Content-Security-Policy")).contains("frame-ancestors *");
        assertThat(embed.getHeader("X-Frame-Options")).isNull();
        MockHttpServletResponse home = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(home.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(home.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    /** The page's inline import map and JSON settings carry the nonce its header allows, a new one each time. */
    @Test
    void inlineScriptsCarryTheNonceOfTheirResponse() throws Exception {
        String first = null;
        for (String path : new String[] {"/", "/embed", "/countries/GHA"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            Matcher nonce = NONCE.matcher(response.getHeader("Content-Security-Policy"));
            assertThat(nonce.find()).as(path).isTrue();
            String html = response.getContentAsString();
            Matcher scripts = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html);
            int inline = 0;
            while (scripts.find()) {
                inline++;
                assertThat(scripts.group()).as(path).contains("nonce=\"" + nonce.group(1) + "\"");
            }
            assertThat(inline).as("inline scripts of " + path).isPositive();
            assertThat(nonce.group(1)).isNotEqualTo(first);
            first = nonce.group(1);
        }
    }

    @Test
    void noHstsOverPlainHttp() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
        assertThat(mvc.perform(get("/").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).contains("max-age=31536000");
        // a client cannot claim HTTPS: forwarded headers count only when server.forward-headers-strategy says so
        assertThat(mvc.perform(get("/").header("X-Forwarded-Proto", "https")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
    }

    private void assertSecured(RequestBuilder request, int status, boolean frameable) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String what = response.getStatus() + " " + request;
        assertThat(response.getStatus()).as(what).isEqualTo(status);
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as(what).isNotNull()
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "frame-ancestors " + (frameable ? "*" : "'none'"))
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(csp).as(what).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}';");
        assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo(frameable ? null : "DENY");
    }
}
