package org.socialprotection.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.H2GisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without spmap.public-url, absolute links never come from a Host header a client made up: they are relative,
 * except for a request from this machine to localhost (the embedded default).
 */
@AtlasTest
@H2GisTest
class HostHeaderTests {

    /** Every output that writes links to the site itself. */
    static final List<String> LINKING = List.of("/", "/countries/GHA", "/podcasts", "/podcasts/feed.xml",
            "/countries/GHA/podcasts.xml", "/ogcapi?f=json", "/ogcapi?f=html", "/ogcapi/collections?f=json",
            "/ogcapi/collections/observations?f=json", "/ogcapi/collections/observations/items?f=json&limit=2",
            "/ogcapi/collections/observations/items?f=html&limit=2", "/ogcapi/api");

    @Autowired MockMvc mvc;

    @Test
    void aForeignHostNeverAppearsInLinks() throws Exception {
        for (String path : LINKING) {
            MockHttpServletResponse response = mvc.perform(get(path).header("Host", "evil.example"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(200, 303);
            assertThat(response.getContentAsString()).as(path).doesNotContain("evil.example");
            assertThat(String.valueOf(response.getHeader("Location"))).as(path).doesNotContain("evil.example");
        }
    }

    @Test
    void linksAreRelativeToTheSiteAndPagesLeaveOgUrlOut() throws Exception {
        String collections = body("/ogcapi/collections?f=json", "evil.example", "127.0.0.1");
        assertThat(collections).contains("\"href\":\"/ogcapi/collections?f=json\"")
                .doesNotContain("\"href\":\"http");
        String page = body("/countries/GHA", "evil.example", "127.0.0.1");
        assertThat(page).doesNotContain("og:url").contains("hreflang=\"fr\" href=\"/countries/GHA?lang=fr\"");
        assertThat(body("/podcasts/feed.xml", "evil.example", "127.0.0.1")).contains("<enclosure url=\"/media/");
    }

    /** Signing in sends the browser to the login page by a path, not to an address under the Host it sent. */
    @Test
    void theSignInRedirectStaysOnTheSite() throws Exception {
        String location = mvc.perform(get("/workspace").header("Host", "evil.example")).andReturn().getResponse()
                .getHeader("Location");
        assertThat(location).endsWith("/login").doesNotContain("evil.example");
    }

    /** "localhost" claimed by a client elsewhere is not trusted either. */
    @Test
    void localhostCountsOnlyFromThisMachine() throws Exception {
        assertThat(body("/ogcapi/collections?f=json", "localhost", "203.0.113.9"))
                .doesNotContain("http://localhost");
        assertThat(body("/ogcapi/collections?f=json", "localhost", "127.0.0.1"))
                .contains("\"href\":\"http://localhost/ogcapi/collections?f=json\"");
        assertThat(body("/", "localhost:8080", "::1")).contains("<meta property=\"og:url\" "
                + "content=\"http://localhost:8080/?lang=en\"");
    }

    private String body(String path, String host, String remoteAddress) throws Exception {
        return mvc.perform(get(path).header("Host", host).with(r -> {
            r.setRemoteAddr(remoteAddress);
            return r;
        })).andReturn().getResponse().getContentAsString();
    }
}
