package org.socialprotection.map.scheme;

import org.socialprotection.map.support.FormTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The scheme form and its JSON twin: drafts, named mistakes, lost updates refused, and the way to publication. */
@AtlasTest
@Transactional
abstract class SchemeFormTests extends FormTestSupport {

    static final String PENSION = """
            {"country": "gha", "officialName": "Informal Sector Pension Pilot", "nameFr": "Pension du secteur informel",
             "acronym": "ISPP", "branches": ["old_age"], "type": "contributory_social_insurance",
             "participation": "voluntary", "benefitForms": ["periodic_cash", "lump_sum"],
             "coverage": [{"group": "market_traders", "status": "voluntary", "reason": "opt-in"},
                          {"group": "domestic_workers", "status": "", "reason": ""}],
             "coverageFigures": "12,5 | percent | 2022 | market_traders | SSNIT report\\n\\n3000 | persons | 2023 |  | ILO",
             "schemeStatus": "pilot", "startDate": "2021-03", "institution": "SSNIT", %s}""";

    static final String SOURCE = "\"sources\": \"SSNIT | https://www.ssnit.org.gh\"";

    @Autowired Schemes schemes;

    @Test
    void aSchemeCreatedThroughTheApiIsAResearchersDraft() throws Exception {
        long id = create("schemes", ALICE, PENSION.formatted(SOURCE));
        var scheme = schemes.findById(id).orElseThrow();
        assertThat(scheme.getSlug()).matches("gha-informal-sector-pension-pilot-[0-9a-f]{6}");
        assertThat(scheme.getCreatedBy()).isEqualTo("alice");
        assertThat(scheme.getCoverage()).hasSize(1);
        assertThat(scheme.getCoverageFigures()).hasSize(2);
        assertThat(scheme.getStartYear()).isEqualTo(2021);
        mvc.perform(get("/api/schemes/" + id)).andExpect(status().isNotFound());
        // another researcher does not see it; a researcher does not edit what is not a draft
        mvc.perform(get("/workspace/schemes/" + id + "/edit").with(BOB)).andExpect(status().isNotFound());
        mvc.perform(put("/api/schemes/" + id).with(BOB).contentType(MediaType.APPLICATION_JSON)
                .content(PENSION.formatted("\"version\": 0"))).andExpect(status().isNotFound());
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSaved() throws Exception {
        long before = schemes.count();
        mvc.perform(post("/api/schemes").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("""
                        {"country": "XXX", "officialName": " ", "branches": [], "participation": "sometimes",
                         "coverage": [{"group": "street_vendors", "status": "maybe"}],
                         "coverageFigures": "12 | percent | 2022 |  | ILO\\nabc | percent | 1800 | cats |  | ftp://x",
                         "schemeStatus": "active", "startDate": "2020", "endDate": "2019-13",
                         "sources": "| https://a.org"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.country").exists())
                .andExpect(jsonPath("$.errors.officialName").exists())
                .andExpect(jsonPath("$.errors.branches").exists())
                .andExpect(jsonPath("$.errors.participation").exists())
                .andExpect(jsonPath("$.errors['coverage[0].status']").exists())
                .andExpect(jsonPath("$.errors.coverageFigures", containsString("line 2")))
                .andExpect(jsonPath("$.errors.endDate").exists())
                .andExpect(jsonPath("$.errors.sources").exists());
        mvc.perform(post("/api/schemes").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(PENSION.formatted("\"startDate\": \"2021\", \"endDate\": \"2019\"")
                                .replace("\"startDate\": \"2021-03\", ", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.endDate").value("the end is before the start"));
        assertThat(schemes.count()).isEqualTo(before);
    }

    @Test
    void aSaveOnAnOutdatedVersionIsRefusedWithTheOtherPersonsValues() throws Exception {
        long id = create("schemes", ALICE, PENSION.formatted(SOURCE));
        mvc.perform(put("/api/schemes/" + id).with(EDNA).contentType(MediaType.APPLICATION_JSON)
                        .content(PENSION.formatted("\"version\": 0, " + SOURCE)
                                .replace("Informal Sector Pension Pilot", "Ghana Informal Pension")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/schemes/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(PENSION.formatted("\"version\": 0, " + SOURCE).replace("\"pilot\"", "\"active\"")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.theirValues.officialName").value("Ghana Informal Pension"))
                .andExpect(jsonPath("$.theirValues.schemeStatus").value("pilot"))
                .andExpect(jsonPath("$.theirValues.branches").doesNotExist());
        // the form keeps Alice's text and shows Edna's, with a 409
        mvc.perform(post("/workspace/schemes/" + id).with(ALICE).with(csrf())
                        .param("id", String.valueOf(id)).param("version", "0").param("country", "GHA")
                        .param("officialName", "Alice's name").param("branches", "old_age")
                        .param("schemeStatus", "pilot").param("participation", "voluntary"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"conflict\""),
                        containsString("Ghana Informal Pension"), containsString("Alice&#39;s name"),
                        containsString("name=\"version\" value=\"1\""))));
    }

    @Test
    void theFormRendersAndShowsEachMistakeBesideItsField() throws Exception {
        mvc.perform(get("/workspace/schemes/new").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"scheme-form\""),
                        containsString("name=\"coverage[7].status\""), containsString("value=\"old_age\""))));
        long id = create("schemes", ALICE, PENSION.formatted(SOURCE));
        mvc.perform(get("/workspace/schemes/" + id + "/edit").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Informal Sector Pension Pilot"),
                        containsString("12.5 | percent | 2022 | market_traders | SSNIT report"),
                        containsString("/workspace/history/schemes/" + id),
                        containsString("/workspace/schemes/" + id + "/submit"))));
        mvc.perform(post("/workspace/schemes").with(ALICE).with(csrf())
                        .param("country", "GHA").param("officialName", "").param("schemeStatus", "active")
                        .param("participation", "unknown").param("startDate", "2021-02-30")
                        .param("coverage[0].group", "domestic_workers").param("coverage[0].status", "excluded")
                        .param("coverage[0].reason", "")
                        .param("coverageFigures", "12 | percent"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("id=\"officialName-error\""), containsString("Required."),
                        containsString("Choose at least one."), containsString("Line 1: expected"),
                        containsString("Write the date as YYYY"), containsString("aria-invalid=\"true\""))));
        // a saved form goes back to itself
        mvc.perform(post("/workspace/schemes").with(ALICE).with(csrf())
                        .param("country", "GHA").param("officialName", "Form scheme").param("branches", "family")
                        .param("schemeStatus", "active").param("participation", "unknown"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/workspace/schemes/*/edit"));
    }

    @Test
    void submittedAndPublishedItIsPublicAndUnpublishedItIsHiddenAgain() throws Exception {
        long id = create("schemes", ALICE, PENSION.formatted(SOURCE));
        submitAndPublish("schemes", id);
        mvc.perform(get("/api/schemes/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.officialName").value("Informal Sector Pension Pilot"))
                .andExpect(jsonPath("$.coverage[0].status").value("voluntary"))
                .andExpect(jsonPath("$.effectiveCoverage[0].value").value(12.5));
        // published, it is no longer Alice's to change
        mvc.perform(put("/api/schemes/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(PENSION.formatted("\"version\": 2, " + SOURCE))).andExpect(status().isForbidden());
        move("schemes", id, "unpublish", EDNA, "the pilot ended in 2022");
        mvc.perform(get("/api/schemes/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/schemes/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/workspace/schemes/" + id + "/edit").with(ALICE))
                .andExpect(content().string(matchesPattern("(?s).*the pilot ended in 2022.*")));
    }
}
