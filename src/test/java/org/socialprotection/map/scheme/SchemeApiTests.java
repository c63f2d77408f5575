package org.socialprotection.map.scheme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** GET /api/schemes on the demo atlas. */
@AtlasTest
@Transactional
abstract class SchemeApiTests {

    @Autowired MockMvc mvc;
    @Autowired Schemes schemes;
    @Autowired Fixtures fixtures;

    @Test
    void listsTheRealSchemesOfTheDemoAtlasWithSources() throws Exception {
        mvc.perform(get("/api/schemes?limit=1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(32))
                .andExpect(jsonPath("$.items[*].sources[0].url", everyItem(containsString("http"))));
    }

    @Test
    void filtersByCountryBranchTypeAndGroup() throws Exception {
        mvc.perform(get("/api/schemes?country=ZAF"))
                .andExpect(jsonPath("$.numberMatched").value(4))
                .andExpect(jsonPath("$.items[*].country", everyItem(is("ZAF"))));
        mvc.perform(get("/api/schemes?branch=old_age&country=IND"))
                .andExpect(jsonPath("$.items[*].slug", hasItem("ind-apy")))
                .andExpect(jsonPath("$.items[*].branches", everyItem(hasItem("old_age"))));
        mvc.perform(get("/api/schemes?type=means_tested_assistance"))
                .andExpect(jsonPath("$.items[*].type", everyItem(is("means_tested_assistance"))));
        mvc.perform(get("/api/schemes?group=domestic_workers"))
                .andExpect(jsonPath("$.items[*].slug", hasItem("zaf-uif-domestic")));
    }

    /** As on observations: a group filter means schemes naming the group unless the reader asks for more. */
    @Test
    void aGroupFilterMatchesSchemesNamingTheGroupUnlessGeneralIsAsked() throws Exception {
        // Ghana's NHIS covers informal workers in general and names no group
        mvc.perform(get("/api/schemes?group=domestic_workers&country=GHA"))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem("gha-nhis"))));
        mvc.perform(get("/api/schemes?group=domestic_workers&country=GHA&groupMatch=only"))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem("gha-nhis"))));
        mvc.perform(get("/api/schemes?group=domestic_workers&country=GHA&groupMatch=general"))
                .andExpect(jsonPath("$.items[*].slug", hasItem("gha-nhis")));
        mvc.perform(get("/api/schemes/by-country?group=domestic_workers&groupMatch=general"))
                .andExpect(jsonPath("$.counts.GHA").value(1));
        mvc.perform(get("/api/schemes/by-country?group=domestic_workers"))
                .andExpect(jsonPath("$.counts.GHA").doesNotExist());
        mvc.perform(get("/api/schemes?group=domestic_workers&groupMatch=sometimes"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("groupMatch"));
    }

    @Test
    void activeMeansInForceThatYear() throws Exception {
        // e-Shram was launched in 2021
        mvc.perform(get("/api/schemes?country=IND&active=2020"))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem("ind-eshram"))));
        mvc.perform(get("/api/schemes?country=IND&active=2022"))
                .andExpect(jsonPath("$.items[*].slug", hasItem("ind-eshram")));
    }

    @Test
    void countsMatchingSchemesPerCountryForTheChoropleth() throws Exception {
        mvc.perform(get("/api/schemes/by-country"))
                .andExpect(jsonPath("$.counts.GHA").value(2))
                .andExpect(jsonPath("$.counts.ZAF").value(4));
        mvc.perform(get("/api/schemes/by-country?branch=old_age"))
                .andExpect(jsonPath("$.counts.IND", greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.counts.GHA").doesNotExist());
        mvc.perform(get("/api/schemes/by-country?branch=pensions")).andExpect(status().isBadRequest());
    }

    @Test
    void detailInTheLanguageAskedFor() throws Exception {
        Scheme nhis = schemes.findBySlug("gha-nhis").orElseThrow();
        mvc.perform(get("/api/schemes/" + nhis.getId() + "?lang=en"))
                .andExpect(jsonPath("$.acronym").value("NHIS"))
                .andExpect(jsonPath("$.branches[0]").value("medical_care"))
                .andExpect(jsonPath("$.startDate").value("2004"));
        mvc.perform(get("/api/schemes/" + nhis.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.name").value(nhis.getNameFr()));
    }

    @Test
    void draftsAreNeverPublic() throws Exception {
        Scheme draft = fixtures.scheme("test-draft-scheme", "GHA", Branch.MATERNITY, PublicationStatus.DRAFT);
        mvc.perform(get("/api/schemes/" + draft.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/api/schemes?country=GHA")).andExpect(jsonPath("$.numberMatched").value(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            branch=health         | branch  | unknown value 'health'
            type=insurance        | type    | unknown value 'insurance'
            group=x               | group   | unknown value 'x'
            active=20             | active  | outside 1800..2200
            limit=1001            | limit   | outside 1..1000
            country=GH            | country | not an ISO 3166-1 alpha-3 code
            sort=name             | sort    | unknown parameter
            """)
    void badParametersAre400s(String query, String parameter, String reason) throws Exception {
        mvc.perform(get("/api/schemes?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter.trim()))
                .andExpect(jsonPath("$.detail", containsString(reason.trim())));
    }

    @Test
    void unknownIdIs404() throws Exception {
        mvc.perform(get("/api/schemes/987654")).andExpect(status().isNotFound());
    }
}
