package org.socialprotection.map.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read API, the OGC API and the country layer answer anonymous readers with an ETag derived from the atlas's
 * version: a 304 while nothing was committed, a new answer and validator at once after a publish or an unpublish.
 */
@AtlasTest
abstract class ReadValidatorTests {

    static final List<String> READS = List.of("/api/observations?bbox=-1,4,1,7&limit=50",
            "/api/observations/clusters?zoom=3", "/api/countries?detail=low", "/api/countries/GHA",
            "/api/schemes?country=GHA", "/api/publications", "/api/indicators", "/ogcapi",
            "/ogcapi/collections/observations/items?f=json&limit=20", "/ogcapi/collections/countries/items/GHA?f=json");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Observations observations;

    MockHttpServletResponse read(String path, String etag) throws Exception {
        var request = get(path);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyReadRouteGivesAValidatorAndA304WhileNothingChanged() throws Exception {
        for (String path : READS) {
            MockHttpServletResponse first = read(path, null);
            assertThat(first.getStatus()).as(path).isEqualTo(200);
            String etag = first.getHeader("ETag");
            assertThat(etag).as(path).startsWith("W/\"");
            assertThat(first.getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(first.getHeaders("Vary")).as(path).contains("Accept-Language");
            MockHttpServletResponse again = read(path, etag);
            assertThat(again.getStatus()).as(path).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).as(path).isEmpty();
            assertThat(again.getHeader("ETag")).as(path).isEqualTo(etag);
            // HEAD has the GET's validator
            assertThat(mvc.perform(head(path).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(304);
        }
    }

    @Test
    void anUnpublishAndAPublishChangeTheValidatorAtOnce() throws Exception {
        Observation accra = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow();
        String path = "/api/observations?bbox=-1,4,1,7&limit=50";
        String item = "/api/observations/" + accra.getId();
        MockHttpServletResponse before = read(path, null);
        String etag = before.getHeader("ETag");
        String itemTag = read(item, null).getHeader("ETag");
        assertThat(before.getContentAsString()).contains(accra.getSlug());
        try {
            jdbc.update("UPDATE observation SET status = 'DRAFT' WHERE id = ?", accra.getId());
            MockHttpServletResponse after = read(path, etag);
            assertThat(after.getStatus()).isEqualTo(200);
            assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
            assertThat(after.getContentAsString()).doesNotContain(accra.getSlug());
            assertThat(read(item, itemTag).getStatus()).isEqualTo(404);
            etag = after.getHeader("ETag");
        } finally {
            jdbc.update("UPDATE observation SET status = 'PUBLISHED' WHERE id = ?", accra.getId());
        }
        MockHttpServletResponse republished = read(path, etag);
        assertThat(republished.getStatus()).isEqualTo(200);
        assertThat(republished.getContentAsString()).contains(accra.getSlug());
    }

    @Test
    void languagesAndFormatsHaveValidatorsOfTheirOwn() throws Exception {
        String path = "/api/countries/GHA";
        String en = read(path + "?lang=en", null).getHeader("ETag");
        String fr = read(path + "?lang=fr", null).getHeader("ETag");
        assertThat(fr).isNotEqualTo(en);
        assertThat(read(path + "?lang=fr", en).getStatus()).isEqualTo(200);
        MockHttpServletResponse spanish = mvc.perform(get(path).header("Accept-Language", "es")
                .header("If-None-Match", en)).andReturn().getResponse();
        assertThat(spanish.getStatus()).isEqualTo(200);
        String json = mvc.perform(get("/ogcapi/collections/observations/items").header("Accept", "application/geo+json"))
                .andReturn().getResponse().getHeader("ETag");
        String html = mvc.perform(get("/ogcapi/collections/observations/items").header("Accept", "text/html"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(json).isNotEqualTo(html);
    }

    @Test
    void signedInReadersAndWritesGetNoValidator() throws Exception {
        MockHttpServletResponse signedIn = mvc.perform(get("/api/observations?limit=5")
                .with(user("alice").roles("RESEARCHER"))).andReturn().getResponse();
        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertThat(signedIn.getHeader("ETag")).isNull();
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
        // a route that is not a public read keeps the default
        MockHttpServletResponse jobs = mvc.perform(get("/api/imports/jobs/1")).andReturn().getResponse();
        assertThat(jobs.getHeader("ETag")).isNull();
    }
}
