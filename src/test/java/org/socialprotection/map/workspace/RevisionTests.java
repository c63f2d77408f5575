package org.socialprotection.map.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A re-imported survey record of a published observation (issue 16): the public keeps the published version while
 * the new values wait in the review queue, where an editor publishes them through the editor (into the history) or
 * rejects them; a decision on a record edited since is refused.
 */
@AtlasTest
abstract class RevisionTests {

    static final String PREFIX = "revision-test";
    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");
    static final String HEADER = "_uuid;title;kind;today;_location_latitude;_location_longitude;worker_group;source;url\n";

    @Autowired MockMvc mvc;
    @Autowired Observations observations;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeImported() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM observation WHERE survey_record_id LIKE ?", Long.class,
                PREFIX + "%");
        ids.forEach(id -> jdbc.update("DELETE FROM record_revision WHERE record_id = ?", id));
        ids.forEach(observations::deleteById);
    }

    static String row(String record, String title, String date) {
        return PREFIX + "-" + record + ";" + title + ";inclusion;" + date
                + ";5.5490;-0.2106;Market traders;Survey;https://example.org/survey\n";
    }

    ResultActions upload(String file, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/imports/observations").file(new MockMultipartFile("file", "visits.csv",
                        null, file.getBytes(StandardCharsets.UTF_8))).param("dryRun", String.valueOf(dryRun))
                .with(user("ines").roles("RESEARCHER")));
    }

    /** One observation imported by ines from a survey record, then published. */
    long published(String record, String title) throws Exception {
        String report = upload(HEADER + row(record, title, "2024-03-05"), false).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(report, "$.created[0]")).longValue();
        jdbc.update("UPDATE observation SET status = 'PUBLISHED' WHERE id = ?", id);
        return id;
    }

    long pending(long id) {
        return jdbc.queryForObject("SELECT id FROM record_revision WHERE record_id = ? AND status = 'PENDING'",
                Long.class, id);
    }

    long versionOf(long revision) {
        return jdbc.queryForObject("SELECT version FROM record_revision WHERE id = ?", Long.class, revision);
    }

    int revisionsOf(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_revision WHERE record_id = ?", Integer.class, id);
    }

    String titleOf(long id) {
        return jdbc.queryForObject("SELECT title FROM observation WHERE id = ?", String.class, id);
    }

    ResultActions decide(long revision, String decision) throws Exception {
        return mvc.perform(post("/workspace/review/revisions/" + revision + "/" + decision)
                .param("version", String.valueOf(versionOf(revision))).with(EDNA).with(csrf()));
    }

    @Test
    void aReImportedPublishedObservationStaysPublicUntilAnEditorPublishesItsNewVersion() throws Exception {
        long id = published("a", "Makola crèche");
        String file = HEADER + row("a", "Makola crèche, now closed", "2024-03-05");

        String preview = upload(file, true).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(preview, "$.updatedRows")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(preview, "$.changes[*].outcome")).containsExactly("newVersion");
        assertThat(revisionsOf(id)).as("a dry run stores nothing").isZero();

        upload(file, false).andExpect(status().isOk());
        assertThat(titleOf(id)).isEqualTo("Makola crèche");
        assertThat(jdbc.queryForObject("SELECT status FROM observation WHERE id = ?", String.class, id))
                .isEqualTo("PUBLISHED");
        mvc.perform(get("/api/observations/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.title").value("Makola crèche"));
        mvc.perform(get("/api/observations?q=Makola")).andExpect(content().string(allOf(
                containsString("Makola crèche"), not(containsString("now closed")))));
        mvc.perform(get("/observations/" + id)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Makola crèche"), not(containsString("now closed")))));

        long revision = pending(id);
        mvc.perform(get("/workspace/review").with(EDNA)).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Updated versions waiting"), containsString("/workspace/review/revisions/" + revision))));
        mvc.perform(get("/workspace/review/revisions/" + revision + "?lang=fr").with(EDNA)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Valeur publiée"), containsString("Makola crèche"),
                        containsString("Makola crèche, now closed"), containsString("Publier cette version"))));
        // the record's form says a version waits, since saving there makes it out of date
        mvc.perform(get("/workspace/observations/" + id + "/edit").with(EDNA)).andExpect(content().string(allOf(
                containsString("id=\"pending-version\""), containsString("/workspace/review/revisions/" + revision))));
        // researchers do not decide, and a decision needs the page's CSRF token
        mvc.perform(get("/workspace/review/revisions/" + revision).with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspace/review/revisions/" + revision + "/publish")
                .param("version", String.valueOf(versionOf(revision))).with(EDNA)).andExpect(status().isForbidden());
        assertThat(titleOf(id)).isEqualTo("Makola crèche");

        decide(revision, "publish").andExpect(status().isFound()).andExpect(redirectedUrl("/workspace/review"));
        mvc.perform(get("/api/observations/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.title").value("Makola crèche, now closed"))
                .andExpect(jsonPath("$.properties.status").doesNotExist());
        assertThat(jdbc.queryForObject("SELECT status FROM record_revision WHERE id = ?", String.class, revision))
                .isEqualTo("PUBLISHED");
        mvc.perform(get("/workspace/history/observations/" + id).with(EDNA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Makola crèche, now closed")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation_aud WHERE id = ? AND title = ?", Integer.class,
                id, "Makola crèche, now closed")).as("the history has the published version").isEqualTo(1);
        mvc.perform(get("/workspace/review").with(EDNA))
                .andExpect(content().string(not(containsString("/workspace/review/revisions/" + revision))));
        mvc.perform(get("/workspace/observations/" + id + "/edit").with(EDNA))
                .andExpect(content().string(not(containsString("pending-version"))));
    }

    @Test
    void aRejectedVersionLeavesThePublishedObservationAsItWas() throws Exception {
        long id = published("b", "Gikomba vendors");
        upload(HEADER + row("b", "Gikomba vendors evicted", "2024-03-05"), false).andExpect(status().isOk());
        long revision = pending(id);
        decide(revision, "reject").andExpect(status().isFound());
        assertThat(titleOf(id)).isEqualTo("Gikomba vendors");
        mvc.perform(get("/api/observations/" + id)).andExpect(jsonPath("$.properties.title").value("Gikomba vendors"));
        assertThat(jdbc.queryForObject("SELECT status FROM record_revision WHERE id = ?", String.class, revision))
                .isEqualTo("REJECTED");
        // decided: a second decision is refused
        decide(revision, "publish").andExpect(status().isConflict());
        assertThat(titleOf(id)).isEqualTo("Gikomba vendors");
    }

    @Test
    void aVersionOfARecordEditedSinceIsNotPublished() throws Exception {
        long id = published("c", "Kejetia market");
        upload(HEADER + row("c", "Kejetia market after the fire", "2024-03-05"), false).andExpect(status().isOk());
        long revision = pending(id);
        // an editor's edit after the import
        jdbc.update("UPDATE observation SET narrative = 'checked on site', version = version + 1, updated_by = 'omar'"
                + " WHERE id = ?", id);
        mvc.perform(get("/workspace/review/revisions/" + revision).with(EDNA))
                .andExpect(content().string(containsString("edited after this version was made")));
        decide(revision, "publish").andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused: omar edited the record")));
        assertThat(titleOf(id)).isEqualTo("Kejetia market");
        assertThat(pending(id)).isEqualTo(revision);
    }

    @Test
    void aSecondReImportReplacesTheWaitingValues() throws Exception {
        long id = published("d", "Tema fish market");
        upload(HEADER + row("d", "Tema fish market, first correction", "2024-03-05"), false)
                .andExpect(status().isOk());
        long first = pending(id);
        long before = versionOf(first);
        String again = upload(HEADER + row("d", "Tema fish market, second correction", "2024-03-06"), false)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(again, "$.changes[*].outcome")).containsExactly("newVersion");
        assertThat(revisionsOf(id)).as("one pending version a record").isEqualTo(1);
        assertThat(pending(id)).isEqualTo(first);
        assertThat(versionOf(first)).isGreaterThan(before);
        mvc.perform(get("/workspace/review/revisions/" + first).with(EDNA)).andExpect(content().string(allOf(
                containsString("second correction"), containsString("2024-03-06"), not(containsString("first correction")))));
        // the same values once more change nothing
        String same = upload(HEADER + row("d", "Tema fish market, second correction", "2024-03-06"), false)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(same, "$.changes[*].outcome")).containsExactly("unchanged");
        // the published values again: nothing waits any more
        upload(HEADER + row("d", "Tema fish market", "2024-03-05"), false).andExpect(status().isOk());
        assertThat(revisionsOf(id)).isZero();
        assertThat(titleOf(id)).isEqualTo("Tema fish market");
    }

    @Test
    void aBadValueInTheReImportIsRefusedWithItsRowAndColumnAndNothingIsStored() throws Exception {
        long id = published("e", "Kantamanto market");
        long other = published("f", "Kaneshie market");
        String file = HEADER + row("f", "Kaneshie market, renamed", "2024-03-05")
                + row("e", "Kantamanto market, renamed", "2024-02-30");
        String report = upload(file, false).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(report, "$.problems[0].row")).isEqualTo(3);
        assertThat((String) JsonPath.read(report, "$.problems[0].column")).isEqualTo("today");
        assertThat((String) JsonPath.read(report, "$.problems[0].reason")).isNotBlank();
        assertThat(revisionsOf(id) + revisionsOf(other)).as("all or nothing").isZero();

        String atSea = HEADER + (PREFIX + "-e;Kantamanto market, renamed;inclusion;2024-03-05;0.0;-20.0;Market traders;"
                + "Survey;https://example.org/survey\n");
        String placed = upload(atSea, false).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(placed, "$.problems[0].row")).isEqualTo(2);
        assertThat((String) JsonPath.read(placed, "$.problems[0].column")).isEqualTo("_location_latitude");
        assertThat(revisionsOf(id)).isZero();
        assertThat(titleOf(id)).isEqualTo("Kantamanto market");
    }

    /** A re-import that changes only the linked schemes is a version too, and its page says which schemes. */
    @Test
    void aVersionThatOnlyLinksASchemeShowsTheSchemeByName() throws Exception {
        long id = published("g", "Makola crèche (schemes)");
        String scheme = jdbc.queryForObject("SELECT MIN(id) FROM scheme WHERE country_iso3 = 'GHA'", Long.class)
                .toString();
        String name = jdbc.queryForObject("SELECT name_en FROM scheme WHERE id = ?", String.class, Long.valueOf(scheme));
        String file = HEADER.replace("\n", ";schemes\n") + row("g", "Makola crèche (schemes)", "2024-03-05")
                .replace("\n", ";" + scheme + "\n");
        upload(file, false).andExpect(status().isOk());
        long revision = pending(id);
        mvc.perform(get("/workspace/review/revisions/" + revision).with(EDNA)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Linked schemes"), containsString(name),
                        not(containsString("changes no field shown here")))));
    }
}
