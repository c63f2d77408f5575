package org.socialprotection.map.compare;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Countries side by side, on the demo atlas: what the page and the API show, and what they refuse. */
@AtlasTest
abstract class CompareTests {

    @Autowired MockMvc mvc;
    @Autowired Schemes schemes;
    @Autowired Fixtures fixtures;

    @Test
    void theApiPutsGhanaAndSouthAfricaSideBySide() throws Exception {
        long nhis = schemes.findBySlug("gha-nhis").orElseThrow().getId();
        mvc.perform(get("/api/compare?countries=GHA,ZAF"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countries[0]").value("GHA"))
                .andExpect(jsonPath("$.countries[1]").value("ZAF"))
                .andExpect(jsonPath("$.columns[0].name").value("Ghana"))
                .andExpect(jsonPath("$.columns[1].name").value("South Africa"))
                .andExpect(jsonPath("$.columns[0].schemesByBranch.medical_care[0].id").value(nhis))
                .andExpect(jsonPath("$.columns[0].coverage.informal_workers[0].status").value("covered"))
                .andExpect(jsonPath("$.columns[1].coverage.domestic_workers[*].status", hasItem("covered")))
                .andExpect(jsonPath("$.columns[1].schemesByBranch.old_age").isArray())
                .andExpect(jsonPath("$.columns[0].counts.schemes").value(2))
                .andExpect(jsonPath("$.columns[0].counts.exclusions").isNumber())
                .andExpect(jsonPath("$.columns[0].publications[*].title", hasItem("Child Care in Markets")))
                .andExpect(jsonPath("$.branches", hasItem("medical_care")))
                .andExpect(jsonPath("$.groups", hasItem("domestic_workers")));
    }

    @Test
    void repeatedParametersKeepTheirOrderAndTheLanguageFollowsTheReader() throws Exception {
        mvc.perform(get("/api/compare?countries=rwa&countries=GHA&lang=fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countries[0]").value("RWA"))
                .andExpect(jsonPath("$.columns[1].name").value("Ghana"))
                .andExpect(jsonPath("$.columns[0].effectiveCoverage[0].value").isNumber());
    }

    @Test
    void thePageShowsEachPartSideBySideWithOneChartPerIndicator() throws Exception {
        mvc.perform(get("/compare?countries=GHA,ZAF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side by side: Ghana, South Africa")))
                .andExpect(content().string(containsString("National Health Insurance Scheme")))
                .andExpect(content().string(containsString("Legal coverage by worker group")))
                .andExpect(content().string(containsString("Domestic workers")))
                .andExpect(content().string(containsString("No scheme recorded")))
                .andExpect(content().string(containsString("Effective coverage")))
                .andExpect(content().string(containsString("Child Care in Markets")))
                .andExpect(content().string(containsString("name=\"countries\" value=\"GHA\" checked")))
                .andExpect(content().string(containsString("compare.css")))
                .andExpect(content().string(not(containsString("style=\""))));
        mvc.perform(get("/compare?countries=KEN,MEX,THA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Informal employment")))
                // only Kenya's share is cited to its publisher; Mexico's and Thailand's were cited to newspapers
                .andExpect(content().string(containsString(">83.6%</text>")));
        mvc.perform(get("/compare?countries=GHA,ZAF&lang=es"))
                .andExpect(content().string(containsString("Lado a lado: Ghana, Sudáfrica")))
                // a coverage reason with no Spanish translation is the English, marked as such
                .andExpect(content().string(containsString("<span class=\"reason\" lang=\"en\">(")))
                .andExpect(content().string(containsString("(en inglés)")));
        mvc.perform(get("/compare?countries=GHA,ZAF&lang=fr"))
                .andExpect(content().string(containsString("Côte à côte\u202f: Ghana, Afrique du Sud")));
    }

    @Test
    void withoutCountriesThePageIsTheFormToChooseThem() throws Exception {
        mvc.perform(get("/compare?countries=GHA,ZAF&utm_source=newsletter"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side by side: Ghana, South Africa")));
        mvc.perform(get("/compare"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Countries to compare (two to four)")))
                .andExpect(content().string(containsString("<option value=\"KEN\">Kenya</option>")));
    }

    @Test
    void aBadUnknownOrWrongNumberOfCountriesIsRefusedByName() throws Exception {
        mvc.perform(get("/api/compare?countries=GHA,XXX"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("countries"))
                .andExpect(jsonPath("$.detail", containsString("'XXX' is not a country of the atlas")));
        mvc.perform(get("/api/compare?countries=GHA,12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'12' is not an ISO 3166-1 alpha-3 code")));
        mvc.perform(get("/api/compare?countries=GHA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("give 2 to 4 countries, not 1")));
        mvc.perform(get("/api/compare?countries=GHA,ZAF,RWA,KEN,SEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not 5")));
        mvc.perform(get("/api/compare?country=GHA,ZAF"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("country"));
        mvc.perform(get("/compare?countries=GHA,XXX"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“XXX” is not a country of the atlas")))
                .andExpect(content().string(containsString("name=\"countries\" value=\"GHA\" checked")));
        mvc.perform(get("/compare?countries=GHA&lang=fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Un seul pays a été donné")));
        mvc.perform(get("/compare?countries=GHA,ZAF,RWA,KEN,SEN&lang=es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Se indicaron 5 países")));
        mvc.perform(get("/compare").param("countries", "<b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“&lt;b&gt;” is not a country code")));
    }

    @Test
    void draftsAreNeverShown() throws Exception {
        String counts = "$.columns[0].counts";
        String published = mvc.perform(get("/api/compare?countries=GHA,ZAF")).andReturn().getResponse()
                .getContentAsString();
        Object exclusions = com.jayway.jsonpath.JsonPath.read(published, counts + ".exclusions");
        Scheme draft = fixtures.scheme("test-compare-draft-scheme", "GHA", Branch.UNEMPLOYMENT,
                PublicationStatus.DRAFT);
        Observation hidden = fixtures.observation("test-compare-draft-exclusion", Kind.EXCLUSION, -0.2057, 5.5513,
                "GHA", Privacy.EXACT, PublicationStatus.DRAFT);
        try {
            mvc.perform(get("/api/compare?countries=GHA,ZAF"))
                    .andExpect(jsonPath(counts + ".schemes").value(2))
                    .andExpect(jsonPath(counts + ".exclusions").value(exclusions))
                    .andExpect(jsonPath("$.columns[0].schemesByBranch.unemployment").doesNotExist())
                    .andExpect(content().string(not(containsString("test-compare-draft"))))
                    .andExpect(content().string(not(containsString("Fixture scheme"))));
            mvc.perform(get("/compare?countries=GHA,ZAF"))
                    .andExpect(content().string(not(containsString("Fixture scheme"))));
        } finally {
            fixtures.delete(hidden);
            schemes.deleteById(draft.getId());
        }
    }

    @Test
    void theCountryPageLinksToTheComparisonAndShowsItsTimeline() throws Exception {
        long nhis = schemes.findBySlug("gha-nhis").orElseThrow().getId();
        Scheme draft = fixtures.scheme("test-timeline-draft", "GHA", Branch.UNEMPLOYMENT, PublicationStatus.DRAFT);
        draft.setPeriod(new PartialDate("1999"), null);
        schemes.saveAndFlush(draft);
        Scheme ended = fixtures.scheme("test-timeline-ended", "GHA", Branch.SICKNESS, PublicationStatus.PUBLISHED);
        ended.setPeriod(new PartialDate("2004-08"), new PartialDate("2010"));
        schemes.saveAndFlush(ended);
        try {
            String page = mvc.perform(get("/countries/GHA")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<form class=\"compare-with\" method=\"get\" action=\"/compare\">")))
                    .andExpect(content().string(containsString("<input type=\"hidden\" name=\"countries\" value=\"GHA\">")))
                    .andExpect(content().string(containsString("<ol class=\"timeline\">")))
                    .andExpect(content().string(containsString("<time datetime=\"2004\">2004</time>")))
                    .andExpect(content().string(containsString("Starts, reforms and ends of the published schemes")))
                    .andExpect(content().string(not(containsString("test-timeline-draft"))))
                    .andReturn().getResponse().getContentAsString();
            int y2004 = page.indexOf("<time datetime=\"2004\">");
            int y2008 = page.indexOf("<time datetime=\"2008\">");
            org.assertj.core.api.Assertions.assertThat(y2004).isPositive().isLessThan(y2008);
            int y2004_08 = page.indexOf("<time datetime=\"2004-08\">");
            int y2010 = page.indexOf("<time datetime=\"2010\">");
            org.assertj.core.api.Assertions.assertThat(y2004_08).isGreaterThan(y2004).isLessThan(y2008);
            org.assertj.core.api.Assertions.assertThat(y2010).isGreaterThan(y2008);
            org.assertj.core.api.Assertions.assertThat(page).contains("/schemes/" + nhis)
                    .contains("Fixture scheme test-timeline-ended ends").doesNotContain("1999");
            mvc.perform(get("/countries/GHA?lang=fr"))
                    .andExpect(content().string(containsString("Chronologie des régimes")))
                    .andExpect(content().string(containsString("Comparer avec")));
        } finally {
            schemes.deleteById(draft.getId());
            schemes.deleteById(ended.getId());
        }
    }
}
