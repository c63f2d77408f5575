package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.FormTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations' own branches, the place-type filter and the worker-group match, on the demo atlas; run on both
 * databases by the subclasses.
 */
@AtlasTest
@Transactional
abstract class ObservationThemesTests extends FormTestSupport {

    /** The demo atlas's observations of child care in and around markets in Accra, Durban and Kigali. */
    static final String[] CHILD_CARE_IN_MARKETS = {"accra-market-childcare-guidelines",
            "accra-covid-traders-childcare", "durban-warwick-child-care-pilots", "durban-silindokuhle-childcare-lockdown",
            "durban-covid-traders-childcare", "kigali-wiego-childcare-markets", "kigali-sytrieci-childcare-savings"};

    long matched(String query) throws Exception {
        String body = mvc.perform(get("/api/observations?limit=10000&" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.numberMatched")).longValue();
    }

    List<Map<String, Object>> all() throws Exception {
        String body = mvc.perform(get("/api/observations?limit=10000")).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.features[*].properties");
    }

    @Test
    void childCareFindsTheMarketChildCareObservationsOfAccraDurbanAndKigali() throws Exception {
        mvc.perform(get("/api/observations?branch=child_care&limit=1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[*].properties.slug", hasItems(CHILD_CARE_IN_MARKETS)))
                .andExpect(jsonPath("$.features[*].properties.country", hasItems("GHA", "ZAF", "RWA")))
                // a branch through a linked scheme still counts: Costa Rica's child-care network has none of its own
                .andExpect(jsonPath("$.features[*].properties.slug", hasItem("san-jose-redcudi-childcare")));
        // each of the three cities, on its own
        for (String country : List.of("GHA", "ZAF", "RWA")) {
            assertThat(matched("branch=child_care&country=" + country)).as(country).isGreaterThanOrEqualTo(2);
        }
        // own branches are not a blanket: medical care in Ghana comes from linked schemes, child care from neither
        assertThat(matched("branch=medical_care&country=GHA&q=child-care guidelines")).isZero();
    }

    @Test
    void ownBranchesShowInTheApiAndTheExport() throws Exception {
        String body = mvc.perform(get("/api/observations?branch=child_care&country=GHA&place=market&limit=100"))
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(body, "$.features[?(@.properties.slug == 'accra-market-childcare-guidelines')].id");
        assertThat(ids).hasSize(1);
        mvc.perform(get("/api/observations/" + ids.get(0)))
                .andExpect(jsonPath("$.properties.branches", is(List.of("child_care"))));
        mvc.perform(get("/ogcapi/collections/observations/items/" + ids.get(0) + "?f=json"))
                .andExpect(jsonPath("$.properties.branches").value("child_care"));
        mvc.perform(get("/ogcapi/collections/observations/items/" + ids.get(0) + "?f=html"))
                .andExpect(content().string(containsString("<span>Child care</span>")));
        mvc.perform(get("/observations/" + ids.get(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"branches\"><span>Child care</span>")));

        MvcResult started = mvc.perform(get("/api/observations/export?format=csv&branch=child_care"))
                .andExpect(status().isOk()).andReturn();
        String text = new String(mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize((int) matched("branch=child_care"));
        assertThat(rows).filteredOn(r -> r.get("title").equals("Child-care guidelines for Accra's markets"))
                .singleElement().satisfies(r -> assertThat(r.get("branches")).isEqualTo("child_care"));
    }

    @Test
    void placeTypeFiltersTheListTheClustersAndTheExport() throws Exception {
        List<Map<String, Object>> all = all();
        long centres = all.stream().filter(p -> "child_care_centre".equals(p.get("placeType"))).count();
        long markets = all.stream().filter(p -> "market".equals(p.get("placeType"))).count();
        assertThat(centres).isPositive();
        assertThat(markets).isPositive();
        mvc.perform(get("/api/observations?place=child_care_centre"))
                .andExpect(jsonPath("$.numberMatched").value((int) centres))
                .andExpect(jsonPath("$.features[*].properties.placeType", everyItem(is("child_care_centre"))));
        assertThat(matched("place=market,child_care_centre")).isEqualTo(centres + markets);
        String clusters = mvc.perform(get("/api/observations/clusters?zoom=2&place=child_care_centre"))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(clusters, "$.numberMatched")).longValue()).isEqualTo(centres);
    }

    @Test
    void aGroupFilterMatchesOnlyThatGroupUnlessGeneralRecordsAreAskedFor() throws Exception {
        List<Map<String, Object>> all = all();
        long about = all.stream().filter(p -> groups(p).contains("domestic_workers")).count();
        long general = all.stream().filter(p -> groups(p).contains("domestic_workers")
                || groups(p).contains("informal_workers")).count();
        assertThat(about).isPositive();
        assertThat(general).isGreaterThan(about);

        // "only" is the default
        mvc.perform(get("/api/observations?group=domestic_workers"))
                .andExpect(jsonPath("$.numberMatched").value((int) about))
                .andExpect(jsonPath("$.features[*].properties.groups", everyItem(hasItem("domestic_workers"))));
        assertThat(matched("group=domestic_workers&groupMatch=only")).isEqualTo(about);
        assertThat(matched("group=domestic_workers&groupMatch=general")).isEqualTo(general);
        // the clusters count the same records
        String clusters = mvc.perform(get("/api/observations/clusters?zoom=2&group=domestic_workers&groupMatch=general"))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(clusters, "$.numberMatched")).longValue()).isEqualTo(general);
        // without a group the choice changes nothing
        assertThat(matched("groupMatch=general")).isEqualTo(all.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> groups(Map<String, Object> properties) {
        return (List<String>) properties.get("groups");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            place=moon                                  | place      | unknown value 'moon'
            group=street_vendors&groupMatch=sometimes   | groupMatch | unknown value 'sometimes'
            groupMatch=only&groupMatch=general          | groupMatch | give one of only, general
            """)
    void badFiltersAre400sNamingTheParameter(String query, String parameter, String reason) throws Exception {
        mvc.perform(get("/api/observations?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter.trim()))
                .andExpect(jsonPath("$.detail", containsString(reason.trim())));
    }

    @Test
    void branchesAreWrittenThroughTheJsonApiAndFoundByTheBranchFilterOncePublished() throws Exception {
        mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCRA.formatted("\"branches\": [\"child_care\", \"astrology\"]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.branches").exists());
        long id = create("observations", ALICE, ACCRA.formatted("""
                "title": "Themes test crèche", "branches": ["child_care", "maternity"],
                "sources": "WIEGO Child Care in Markets | https://www.wiego.org/child-care-markets\"""")
                .replace("\"title\": \"Crèche at the market\", ", ""));
        assertThat(matched("branch=maternity&q=Themes test crèche")).isZero();
        // the form shows them ticked
        mvc.perform(get("/workspace/observations/" + id + "/edit").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*<input(?=[^>]*name=\"branches\")"
                        + "(?=[^>]*value=\"child_care\")(?=[^>]*checked)[^>]*>.*")))
                .andExpect(content().string(matchesRegex("(?s).*<input(?=[^>]*name=\"branches\")"
                        + "(?=[^>]*value=\"family\")(?![^>]*checked)[^>]*>.*")));
        submitAndPublish("observations", id);
        mvc.perform(get("/api/observations/" + id))
                .andExpect(jsonPath("$.properties.branches", is(List.of("maternity", "child_care"))));
        assertThat(matched("branch=maternity&q=Themes test crèche")).isEqualTo(1);
        mvc.perform(get("/api/observations?branch=child_care&place=market&limit=1000"))
                .andExpect(jsonPath("$.numberMatched", greaterThan(1)))
                .andExpect(jsonPath("$.features[*].id", hasItem((int) id)));
    }
}
