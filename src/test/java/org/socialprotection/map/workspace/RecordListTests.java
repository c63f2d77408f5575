package org.socialprotection.map.workspace;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's list of records to edit: published ones found too, filtered in the database, paged. */
@AtlasTest
@Transactional
abstract class RecordListTests {

    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");
    static final RequestPostProcessor TESTER = user("test").roles("RESEARCHER");
    static final RequestPostProcessor RITA = user("rita").roles("RESEARCHER");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    Scheme published;
    Scheme draft;
    Observation observation;

    @BeforeEach
    void records() {
        published = fixtures.scheme("zq-published-scheme", "GHA", Branch.CHILD_CARE, PublicationStatus.PUBLISHED);
        draft = fixtures.scheme("zq-draft-scheme", "KEN", Branch.CHILD_CARE, PublicationStatus.DRAFT);
        observation = fixtures.observation("zq-observation", Kind.INCLUSION, -0.2057, 5.5513, "GHA", Privacy.EXACT,
                PublicationStatus.IN_REVIEW);
    }

    @Test
    void anEditorFindsAPublishedRecordAndOpensItsEditPage() throws Exception {
        mvc.perform(get("/workspace/records").param("q", "ZQ-PUBLISHED").with(EDNA))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/workspace/schemes/" + published.getId() + "/edit\""),
                        containsString("1 record matches"), containsString("<td>Published</td>"),
                        not(containsString("zq-draft-scheme")))));
        mvc.perform(get("/workspace/schemes/" + published.getId() + "/edit").with(EDNA)).andExpect(status().isOk());
        mvc.perform(get("/workspace").with(EDNA))
                .andExpect(content().string(containsString("href=\"/workspace/records\"")));
    }

    @Test
    void filtersByTypeStatusAndCountry() throws Exception {
        mvc.perform(get("/workspace/records?q=zq-&country=gha").with(EDNA))
                .andExpect(content().string(allOf(containsString("2 records match"),
                        containsString("/workspace/schemes/" + published.getId() + "/edit"),
                        containsString("/workspace/observations/" + observation.getId() + "/edit"),
                        not(containsString("/workspace/schemes/" + draft.getId() + "/edit")))));
        mvc.perform(get("/workspace/records?q=zq-&type=schemes&status=draft").with(EDNA))
                .andExpect(content().string(allOf(containsString("1 record matches"),
                        containsString("/workspace/schemes/" + draft.getId() + "/edit"))));
        mvc.perform(get("/workspace/records?q=zq-&status=in_review&lang=fr").with(EDNA))
                .andExpect(content().string(allOf(containsString("1 fiche correspond"),
                        containsString("<td>En relecture</td>"))));
        // the query's wildcards are plain characters
        mvc.perform(get("/workspace/records?q=zq%25scheme").with(EDNA))
                .andExpect(content().string(containsString("No record matches")));
    }

    @Test
    void aResearcherListsTheirOwnRecordsOnly() throws Exception {
        mvc.perform(get("/workspace/records?q=zq-").with(TESTER))
                .andExpect(content().string(containsString("3 records match")));
        mvc.perform(get("/workspace/records?q=zq-").with(RITA))
                .andExpect(content().string(allOf(containsString("No record matches"),
                        not(containsString("zq-draft-scheme")))));
    }

    @Test
    void everyRecordIsOnExactlyOnePage() throws Exception {
        for (int i = 0; i < 27; i++) {
            fixtures.scheme("zq-many-" + i, "GHA", Branch.FAMILY, PublicationStatus.DRAFT);
        }
        String first = mvc.perform(get("/workspace/records?q=zq-many").with(EDNA))
                .andExpect(content().string(allOf(containsString("27 records match"), containsString("Page 1 of 2"),
                        containsString("rel=\"next\""))))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/workspace/records?q=zq-many&page=2").with(EDNA))
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andReturn().getResponse().getContentAsString();
        for (int i = 0; i < 27; i++) {
            String name = "Fixture scheme zq-many-" + i + "<";
            org.assertj.core.api.Assertions.assertThat(first.contains(name) ^ second.contains(name)).as(name).isTrue();
        }
    }

    @Test
    void filtersThatCannotBeReadAreA400SayingWhich() throws Exception {
        mvc.perform(get("/workspace/records?country=Ghana").with(EDNA)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("country: a country is an ISO 3166")));
        mvc.perform(get("/workspace/records?status=lost").with(EDNA)).andExpect(status().isBadRequest());
        mvc.perform(get("/workspace/records?type=planets").with(EDNA)).andExpect(status().isBadRequest());
        mvc.perform(get("/workspace/records?page=0").with(EDNA)).andExpect(status().isBadRequest());
        mvc.perform(get("/workspace/records?page=x").with(EDNA)).andExpect(status().isBadRequest());
        mvc.perform(get("/workspace/records")).andExpect(status().is3xxRedirection());
    }
}
