package org.socialprotection.map.indicator;

import org.socialprotection.map.support.FormTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.indicator.IndicatorValues;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The indicator value form and its JSON twin, as for schemes; one value a country, indicator and year. */
@AtlasTest
@Transactional
abstract class IndicatorFormTests extends FormTestSupport {

    static final String GHANA_2023 = """
            {"country": "GHA", "indicator": "sdg_1_3_1", "year": "2023", "value": "%s", "unit": "",
             "sourceTitle": "ILO World Social Protection Report 2024-26",
             "sourceUrl": "https://www.social-protection.org/gimi/WSPDB.action" %s}""";

    @Autowired IndicatorValues values;

    @Test
    void aValueCreatedThroughTheApiIsAResearchersDraftInTheIndicatorsUnit() throws Exception {
        long id = create("indicators", ALICE, GHANA_2023.formatted("23,4", ""));
        var value = values.findById(id).orElseThrow();
        assertThat(value.getValue()).isEqualTo(23.4);
        assertThat(value.getUnit()).isEqualTo("percent");
        assertThat(value.getCreatedBy()).isEqualTo("alice");
        mvc.perform(get("/api/countries/GHA"))
                .andExpect(jsonPath("$.properties.indicators[?(@.year == 2023)]", empty()));
    }

    @Test
    void invalidFieldsAreNamedAndASecondValueForTheYearIsAMistakeOnTheYear() throws Exception {
        long before = values.count();
        mvc.perform(post("/api/indicators").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("""
                        {"country": "XYZ", "indicator": "happiness", "year": "1850", "value": "lots",
                         "sourceTitle": " ", "sourceUrl": "www.example.org"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.country").exists())
                .andExpect(jsonPath("$.errors.indicator").exists())
                .andExpect(jsonPath("$.errors.year").exists())
                .andExpect(jsonPath("$.errors.value").exists())
                .andExpect(jsonPath("$.errors.sourceTitle").exists())
                .andExpect(jsonPath("$.errors.sourceUrl").exists());
        mvc.perform(post("/api/indicators").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(GHANA_2023.formatted("123", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.value").value("a percentage is within 0..100"));
        // India's 2024 value of SDG 1.3.1 is in the demo atlas
        mvc.perform(post("/api/indicators").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(GHANA_2023.formatted("50", "").replace("GHA", "IND").replace("2023", "2024")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.year", containsString("already has a value")));
        assertThat(values.count()).isEqualTo(before);
        // a value keeps its own year when edited
        long id = create("indicators", ALICE, GHANA_2023.formatted("23.4", ""));
        mvc.perform(put("/api/indicators/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(GHANA_2023.formatted("24", ", \"version\": 0")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aSaveOnAnOutdatedVersionIsRefusedWithTheOtherPersonsValues() throws Exception {
        long id = create("indicators", ALICE, GHANA_2023.formatted("23.4", ""));
        mvc.perform(put("/api/indicators/" + id).with(EDNA).contentType(MediaType.APPLICATION_JSON)
                        .content(GHANA_2023.formatted("25.1", ", \"version\": 0")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/indicators/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(GHANA_2023.formatted("23,4", ", \"version\": 0").replace("2024-26", "2024–26")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.theirValues.value").value("25.1"))
                .andExpect(jsonPath("$.theirValues.sourceTitle").value("ILO World Social Protection Report 2024-26"))
                .andExpect(jsonPath("$.theirValues.year").doesNotExist());
    }

    @Test
    void theFormRendersAndShowsEachMistakeBesideItsField() throws Exception {
        mvc.perform(get("/workspace/indicators/new").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"indicator-form\""),
                        containsString("value=\"sdg_1_3_1\""))));
        long id = create("indicators", ALICE, GHANA_2023.formatted("23.4", ""));
        mvc.perform(get("/workspace/indicators/" + id + "/edit").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"23.4\""),
                        containsString("/workspace/history/indicators/" + id),
                        containsString("/workspace/indicators/" + id + "/submit"))));
        mvc.perform(post("/workspace/indicators").with(ALICE).with(csrf())
                        .param("country", "IND").param("indicator", "sdg_1_3_1").param("year", "2024")
                        .param("value", "48,8").param("sourceTitle", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("id=\"year-error\""),
                        containsString("This country already has a value of this indicator for this year."),
                        containsString("id=\"sourceTitle-error\""), containsString("aria-invalid=\"true\""))));
    }

    @Test
    void submittedAndPublishedItIsOnTheCountryAndUnpublishedItIsHiddenAgain() throws Exception {
        long id = create("indicators", ALICE, GHANA_2023.formatted("23.4", ""));
        submitAndPublish("indicators", id);
        mvc.perform(get("/api/countries/GHA")).andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.indicators[?(@.year == 2023)].value", hasItem(23.4)));
        move("indicators", id, "unpublish", EDNA, "the report revised it");
        mvc.perform(get("/api/countries/GHA"))
                .andExpect(jsonPath("$.properties.indicators[?(@.year == 2023)]", empty()));
        mvc.perform(get("/workspace/indicators/" + id + "/edit").with(ALICE))
                .andExpect(content().string(containsString("the report revised it")));
    }
}
