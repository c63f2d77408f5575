package org.socialprotection.map.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public pages are built once per change of the atlas and served from memory to anonymous readers: a committed change
 * shows at once, every answer has its own CSP nonce, signed-in users and other languages get their own page.
 */
@AtlasTest
abstract class PageCacheTests {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Observations observations;
    @Autowired PageCache cache;

    @BeforeEach
    void emptyCache() {
        cache.clear();
    }

    MockHttpServletResponse read(String path, Object... more) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    static String nonce(MockHttpServletResponse response) {
        Matcher m = NONCE.matcher(response.getHeader("Content-Security-Policy"));
        assertThat(m.find()).as("the page's CSP has a nonce").isTrue();
        return m.group(1);
    }

    @Test
    void theSecondReadOfAPageIsServedFromMemoryWithItsOwnNonce() throws Exception {
        MockHttpServletResponse first = read("/countries/GHA");
        MockHttpServletResponse second = read("/countries/GHA");
        assertThat(first.getHeader("X-Page-Cache")).isEqualTo("miss");
        assertThat(second.getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentType()).startsWith("text/html");
        String n1 = nonce(first);
        String n2 = nonce(second);
        assertThat(n2).isNotEqualTo(n1);
        assertThat(first.getContentAsString()).contains("nonce=\"" + n1 + "\"");
        assertThat(second.getContentAsString()).contains("nonce=\"" + n2 + "\"").doesNotContain(n1)
                .doesNotContain("\u0000");
        assertThat(second.getContentAsString().replace(n2, "N")).isEqualTo(first.getContentAsString().replace(n1, "N"));
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void aCommittedChangeIsOnThePageAtOnce() throws Exception {
        Observation accra = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow();
        String path = "/observations/" + accra.getId();
        String title = jdbc.queryForObject("SELECT title FROM observation WHERE id = ?", String.class, accra.getId());
        read(path);
        assertThat(read(path).getHeader("X-Page-Cache")).isEqualTo("hit");
        try {
            jdbc.update("UPDATE observation SET title = ? WHERE id = ?", "Cache probe title", accra.getId());
            MockHttpServletResponse after = read(path);
            assertThat(after.getHeader("X-Page-Cache")).isEqualTo("miss");
            assertThat(after.getContentAsString()).contains("Cache probe title");
            // a change to a table the page draws from, not the observation's own row, also counts
            read("/countries/GHA");
            jdbc.update("UPDATE country SET name_fr = name_fr WHERE iso3 = 'GHA'");
            assertThat(read("/countries/GHA").getHeader("X-Page-Cache")).isEqualTo("miss");
        } finally {
            jdbc.update("UPDATE observation SET title = ? WHERE id = ?", title, accra.getId());
        }
        assertThat(read(path).getContentAsString()).doesNotContain("Cache probe title");
    }

    @Test
    void aSignedInUserIsNeverServedFromMemory() throws Exception {
        read("/");
        assertThat(read("/").getHeader("X-Page-Cache")).isEqualTo("hit");
        MockHttpServletResponse signedIn = mvc.perform(get("/").with(user("alice").roles("RESEARCHER")))
                .andReturn().getResponse();
        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertThat(signedIn.getHeader("X-Page-Cache")).isNull();
        assertThat(signedIn.getHeader("ETag")).isNull();
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aReaderWhoHasThePageGetsA304UntilTheAtlasChanges() throws Exception {
        String etag = read("/countries").getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        MockHttpServletResponse again = mvc.perform(get("/countries").header("If-None-Match", etag))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        // the browser keeps the page with the policy it came with: another nonce now would block its scripts
        assertThat(again.getHeader("Content-Security-Policy")).isNull();
        jdbc.update("UPDATE country SET name_fr = name_fr WHERE iso3 = 'GHA'");
        MockHttpServletResponse changed = mvc.perform(get("/countries").header("If-None-Match", etag))
                .andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void eachLanguageHasItsOwnPage() throws Exception {
        MockHttpServletResponse fr = read("/countries/GHA?lang=fr");
        assertThat(fr.getContentAsString()).contains("<html lang=\"fr\"");
        assertThat(fr.getHeader("Set-Cookie")).startsWith("spmap-lang=fr");
        MockHttpServletResponse frAgain = read("/countries/GHA?lang=fr");
        assertThat(frAgain.getHeader("X-Page-Cache")).isEqualTo("hit");
        // the kept page still remembers the reader's choice
        assertThat(frAgain.getHeader("Set-Cookie")).startsWith("spmap-lang=fr");
        MockHttpServletResponse es = mvc.perform(get("/countries/GHA").cookie(new Cookie("spmap-lang", "es")))
                .andReturn().getResponse();
        assertThat(es.getContentAsString()).contains("<html lang=\"es\"");
        MockHttpServletResponse en = mvc.perform(get("/countries/GHA").header("Accept-Language", "en-GB"))
                .andReturn().getResponse();
        assertThat(en.getContentAsString()).contains("<html lang=\"en\"");
        assertThat(en.getHeader("X-Page-Cache")).isEqualTo("miss");
    }

    @Test
    void aPageReadInsideATransactionIsNeitherKeptNorServedFromMemory() throws Exception {
        read("/countries");
        transactions.executeWithoutResult(status -> {
            try {
                assertThat(read("/countries").getHeader("X-Page-Cache")).isNull();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Autowired AtlasVersion atlas;

    @Test
    void aCommittedWriteOfATableReadersSeeChangesTheAtlasVersion() {
        String before = atlas.current();
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE country SET name_fr = name_fr WHERE iso3 = 'GHA'");
            jdbc.update("UPDATE observation SET title = title WHERE id IN (SELECT MIN(id) FROM observation)");
        });
        String afterTransaction = atlas.current();
        assertThat(afterTransaction).isNotEqualTo(before);
        jdbc.update("UPDATE scheme SET name_en = name_en WHERE id IN (SELECT MIN(id) FROM scheme)");
        String afterAutocommit = atlas.current();
        assertThat(afterAutocommit).isNotEqualTo(afterTransaction);
        // history, accounts and queues are not what readers see
        jdbc.update("UPDATE app_user SET username = username");
        assertThat(atlas.current()).isEqualTo(afterAutocommit);
        assertThat(atlas.current()).isEqualTo(afterAutocommit);
    }

    /** A table added later without the trigger would leave pages stale: every table but the listed ones has it. */
    @Test
    void everyTableReadersSeeHasTheChangeTrigger() {
        List<String> tables = jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'", String.class);
        List<String> triggered = jdbc.queryForList("SELECT DISTINCT LOWER(event_object_table)"
                + " FROM information_schema.triggers WHERE LOWER(trigger_name) LIKE '%atlas_changed'", String.class);
        List<String> notShown = List.of("atlas_change", "flyway_schema_history", "spatial_ref_sys", "revision",
                "app_user", "api_token", "data_load", "import_job", "review_comment", "submission", "record_revision",
                "spring_session", "spring_session_attributes", "media_content");
        assertThat(tables).contains("observation", "scheme", "translation");
        assertThat(triggered).containsExactlyInAnyOrderElementsOf(tables.stream()
                .filter(t -> !t.endsWith("_aud") && !notShown.contains(t)).toList());
    }
}
