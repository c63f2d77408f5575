package org.socialprotection.map.scheme;

import org.socialprotection.map.support.FormTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
                .andExpect(jsonPath("$.errors['coverageFigures[0].value']").doesNotExist())
                .andExpect(jsonPath("$.errors['coverageFigures[1].value']", containsString("'abc' is not a number")))
                .andExpect(jsonPath("$.errors['coverageFigures[1].year']", containsString("'1800' is not a year")))
                .andExpect(jsonPath("$.errors['coverageFigures[1].group']", containsString("unknown worker group 'cats'")))
                .andExpect(jsonPath("$.errors['coverageFigures[1].source.title']").exists())
                .andExpect(jsonPath("$.errors['coverageFigures[1].source.url']").exists())
                .andExpect(jsonPath("$.errors.endDate").exists())
                .andExpect(jsonPath("$.errors['sources[0].title']").value("give the title of the source"));
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
                        containsString("name=\"coverageFigures[0].value\" value=\"12.5\""),
                        containsString("name=\"coverageFigures[0].source.title\" value=\"SSNIT report\""),
                        containsString("name=\"coverageFigures[1].value\" value=\"3000\""),
                        // an empty row to fill after the stored ones
                        containsString("name=\"coverageFigures[2].value\" value=\"\""),
                        containsString("name=\"sources[0].url\" value=\"https://www.ssnit.org.gh\""),
                        containsString("name=\"sources[1].title\""),
                        containsString("/workspace/history/schemes/" + id),
                        containsString("/workspace/schemes/" + id + "/submit"))));
        mvc.perform(post("/workspace/schemes").with(ALICE).with(csrf())
                        .param("country", "GHA").param("officialName", "").param("schemeStatus", "active")
                        .param("participation", "unknown").param("startDate", "2021-02-30")
                        .param("coverage[0].group", "domestic_workers").param("coverage[0].status", "excluded")
                        .param("coverage[0].reason", "")
                        .param("coverageFigures[0].value", "12").param("coverageFigures[0].unit", "percent"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("id=\"officialName-error\""), containsString("Required."),
                        containsString("Choose at least one."), containsString("Figure 1: give the year, between 1900 and 2100."),
                        containsString("Figure 1: give the title of the source of the figure."),
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

    /** A scheme typed in the form: two sources (a third row left empty), a figure, a reform, and a row ticked "remove". */
    private static MockHttpServletRequestBuilder schemeWithRows() {
        return schemeWithRows(true);
    }

    private static MockHttpServletRequestBuilder schemeWithRows(boolean removeSecondFigure) {
        MockHttpServletRequestBuilder post = post("/workspace/schemes").with(ALICE).with(csrf())
                .param("country", "GHA").param("officialName", "Rows pension").param("branches", "old_age")
                .param("schemeStatus", "active").param("participation", "voluntary")
                .param("sources[0].title", "SSNIT annual report").param("sources[0].url", "https://www.ssnit.org.gh")
                .param("sources[0].accessed", "2026-11-28")
                .param("sources[1].title", "Pensions Act 2008 (Act 766)")
                .param("sources[2].title", "").param("sources[2].url", "").param("sources[2].accessed", "")
                .param("coverageFigures[0].group", "market_traders").param("coverageFigures[0].year", "2022")
                .param("coverageFigures[0].value", "12,5").param("coverageFigures[0].unit", "percent")
                .param("coverageFigures[0].source.title", "SSNIT report")
                .param("reforms[0].date", "2010-01").param("reforms[0].change", "Tier 3 opened to informal workers")
                .param("reforms[0].group", "informal_workers").param("reforms[0].statusBefore", "excluded")
                .param("reforms[0].source.title", "National Pensions Regulatory Authority")
                .param("reforms[0].source.url", "https://www.npra.gov.gh");
        return removeSecondFigure ? post.param("coverageFigures[1].value", "99")
                .param("coverageFigures[1].year", "2023").param("coverageFigures[1].source.title", "Dropped")
                .param("coverageFigures[1].remove", "true") : post;
    }

    @Test
    void theRowsOfTheFormBecomeTheSchemesSourcesFiguresAndReforms() throws Exception {
        String location = mvc.perform(schemeWithRows())
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        Scheme s = schemes.findById(id).orElseThrow();
        assertThat(s.getSources()).extracting(Source::title, Source::url, Source::accessed).containsExactly(
                tuple("SSNIT annual report", "https://www.ssnit.org.gh", LocalDate.of(2026, 11, 28)),
                tuple("Pensions Act 2008 (Act 766)", null, null));
        assertThat(s.getCoverageFigures()).containsExactly(
                new CoverageFigure(12.5, "percent", 2022, WorkerGroup.MARKET_TRADERS, "SSNIT report", null));
        assertThat(s.getReforms()).containsExactly(new SchemeReform("2010-01", 2010,
                "Tier 3 opened to informal workers", WorkerGroup.INFORMAL_WORKERS, CoverageStatus.EXCLUDED,
                "National Pensions Regulatory Authority", "https://www.npra.gov.gh"));
        // the form shows them again as rows, with an empty one to fill after each list
        mvc.perform(get("/workspace/schemes/" + id + "/edit").with(ALICE))
                .andExpect(content().string(allOf(
                        containsString("name=\"reforms[0].change\" value=\"Tier 3 opened to informal workers\""),
                        containsString("<option value=\"excluded\" selected=\"selected\""),
                        containsString("name=\"reforms[1].date\" value=\"\""),
                        containsString("name=\"sources[2].title\" value=\"\""))));
    }

    @Test
    void addARowShowsTheFormAgainWithEverythingTypedAndOneMoreRow() throws Exception {
        long before = schemes.count();
        mvc.perform(schemeWithRows().param("addRow", "reforms"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"Rows pension\""),
                        containsString("name=\"sources[1].title\" value=\"Pensions Act 2008 (Act 766)\""),
                        containsString("name=\"reforms[0].change\" value=\"Tier 3 opened to informal workers\""),
                        // the new row, with the keyboard in it
                        matchesPattern("(?s).*name=\"reforms\\[1]\\.date\" value=\"\"[^>]*autofocus=\"autofocus\".*"),
                        // the row ticked "remove" is gone
                        not(containsString("Dropped")))));
        assertThat(schemes.count()).isEqualTo(before);
    }

    @Test
    void aMistakeInTheSecondRowIsNamedOnThatRowAndEveryValueIsKept() throws Exception {
        long before = schemes.count();
        mvc.perform(schemeWithRows(false).param("sources[1].url", "www.ssnit.org.gh")
                        .param("coverageFigures[1].value", "99").param("coverageFigures[1].year", "20233")
                        .param("coverageFigures[1].source.title", "SSNIT")
                        .param("reforms[1].date", "2015").param("reforms[1].change", "Premium waived")
                        .param("reforms[1].group", "market_traders").param("reforms[1].statusBefore", "foo")
                        .param("reforms[1].source.title", "NPRA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Source 2: the address must start with http:// or https://."),
                        containsString("Figure 2: give the year, between 1900 and 2100."),
                        containsString("Reform 2: “foo” is not a coverage status."),
                        // the summary links to the field, which the message describes
                        containsString("href=\"#sources-1-url\""),
                        containsString("id=\"sources-1-url\" name=\"sources[1].url\" value=\"www.ssnit.org.gh\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"sources-1-url-error\""),
                        containsString("id=\"sources-1-url-error\""),
                        containsString("name=\"coverageFigures[1].year\" value=\"20233\""),
                        containsString("name=\"reforms[1].change\" value=\"Premium waived\""),
                        containsString("name=\"reforms[0].source.url\" value=\"https://www.npra.gov.gh\""))));
        // in French too
        mvc.perform(schemeWithRows().param("sources[1].url", "www.ssnit.org.gh").header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "Source 2 : l’adresse doit commencer par http:// ou https://.")));
        assertThat(schemes.count()).isEqualTo(before);
    }

    static final String REFORMS = """
            "reforms": [
              {"date": "2010", "change": "Tier 3 opened to informal workers", "group": "informal_workers",
               "statusBefore": "excluded", "source": {"title": "NPRA", "url": "https://www.npra.gov.gh"}},
              {"date": "2019-06", "change": "Contribution holiday", "source": {"title": "SSNIT"}}]""";

    @Test
    void reformsAreWrittenAndReadBackThroughTheApi() throws Exception {
        long id = create("schemes", ALICE, PENSION.formatted(SOURCE + ", " + REFORMS));
        submitAndPublish("schemes", id);
        mvc.perform(get("/api/schemes/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reforms.length()").value(2))
                .andExpect(jsonPath("$.reforms[0].date").value("2010"))
                .andExpect(jsonPath("$.reforms[0].description").value("Tier 3 opened to informal workers"))
                .andExpect(jsonPath("$.reforms[0].group").value("informal_workers"))
                .andExpect(jsonPath("$.reforms[0].before").value("excluded"))
                .andExpect(jsonPath("$.reforms[0].source.url").value("https://www.npra.gov.gh"))
                .andExpect(jsonPath("$.reforms[1].group").doesNotExist())
                .andExpect(jsonPath("$.reforms[1].source.title").value("SSNIT"));
        // the public page shows them
        mvc.perform(get("/schemes/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Contribution holiday")));
    }

    @Test
    void aFaultyReformIsNamedByItsPathAndNothingIsSaved() throws Exception {
        long before = schemes.count();
        mvc.perform(post("/api/schemes").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(
                        PENSION.formatted(SOURCE + ", " + REFORMS.replace("\"SSNIT\"}}", "\"SSNIT\"},"
                                + " \"statusBefore\": \"foo\", \"group\": \"street_vendors\"}")
                                .replace("\"date\": \"2010\"", "\"date\": \"2010-13\""))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['reforms[1].statusBefore']", containsString("unknown status 'foo'")))
                .andExpect(jsonPath("$.errors['reforms[0].date']", containsString("'2010-13' is not a date")))
                .andExpect(jsonPath("$.errors['reforms[0].change']").doesNotExist());
        mvc.perform(post("/api/schemes").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(PENSION.formatted(SOURCE + ", \"reforms\": [{\"date\": \"2019\"}]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['reforms[0].change']").value("say what changed"))
                .andExpect(jsonPath("$.errors['reforms[0].source.title']").value("give the title of the source"));
        // not an array of objects: the body cannot be read, and the answer says which field
        mvc.perform(post("/api/schemes").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(PENSION.formatted(SOURCE + ", \"reforms\": 5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reforms"));
        assertThat(schemes.count()).isEqualTo(before);
    }
}
