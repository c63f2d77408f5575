package org.socialprotection.map.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageFigure;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeReform;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country page "as of" a year, on Fiji (no demo scheme there):
 * <pre>
 *   "fji-fund"  2010-      domestic workers EXCLUDED today; reform 2016-03: before it they were COVERED;
 *                          a figure of 30 % for 2018
 *   "fji-old"   1990-2005  street vendors VOLUNTARY
 * </pre>
 * As of 2000: the old scheme only. As of 2012: the fund, domestic workers covered until the 2016 reform, no 2018
 * figure. Today: the fund with domestic workers excluded and the old scheme gone; the timeline has the reform.
 */
@AtlasTest
@Transactional
abstract class CountryAsOfTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;

    private long fundId;

    @BeforeEach
    void fiji() {
        Scheme fund = fijiFund(fixtures, "fji-fund");
        fund.getCoverageFigures().add(new CoverageFigure(30, "percent", 2018, null, "Fixture survey 2018", null));
        fundId = schemes.saveAndFlush(fund).getId();
        Scheme old = fixtures.scheme("fji-old", "FJI", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        old.setPeriod(PartialDate.parse("1990"), PartialDate.parse("2005"));
        old.setCoverage(WorkerGroup.STREET_VENDORS, CoverageStatus.VOLUNTARY, null);
        schemes.saveAndFlush(old);
    }

    @Test
    void todayTheFundAndItsLawOfTodayWithTheReformOnTheTimeline() throws Exception {
        String html = page("/countries/FJI?lang=en");
        String schemesPart = between(html, "id=\"schemes-title\"", "id=\"timeline-title\"");
        assertThat(schemesPart).contains("Fixture scheme fji-fund").contains("Fixture scheme fji-old")
                .contains("employers need not register them").doesNotContain("until 2016")
                .doesNotContain("As of ");
        assertThat(between(html, "id=\"timeline-title\"", "id=\"indicators-title\""))
                .contains("2016-03").contains("Fixture scheme fji-fund: Domestic workers removed from compulsory cover")
                .contains("Fixture scheme fji-old ends");
    }

    @Test
    void asOfAYearBeforeTheReformTheLawThenAndOnlyTheSchemesInForce() throws Exception {
        String html = page("/countries/FJI?year=2012&lang=en");
        String schemesPart = between(html, "id=\"schemes-title\"", "id=\"timeline-title\"");
        assertThat(schemesPart).contains("As of 2012").contains("Fixture scheme fji-fund")
                .doesNotContain("Fixture scheme fji-old")
                .contains("until 2016-03, when this changed: Domestic workers removed from compulsory cover")
                .doesNotContain("employers need not register them")
                .contains("value=\"2012\"");
        // the timeline still shows every scheme: it is the history, not the state in 2012
        assertThat(between(html, "id=\"timeline-title\"", "id=\"indicators-title\"")).contains("fji-old");
        String in2000 = between(page("/countries/FJI?year=2000&lang=en"), "id=\"schemes-title\"",
                "id=\"timeline-title\"");
        assertThat(in2000).contains("Fixture scheme fji-old").doesNotContain("Fixture scheme fji-fund");
        // the reform has no French: a French reader gets it in English, marked so
        assertThat(between(page("/countries/FJI?year=2012&lang=fr"), "id=\"schemes-title\"", "id=\"timeline-title\""))
                .contains("Domestic workers removed from compulsory cover</span><span class=\"translation-marker\"");
        assertThat(schemesPart).doesNotContain("Domestic workers removed from compulsory cover</span><span");
        assertThat(between(page("/countries/FJI?year=1980&lang=fr"), "id=\"schemes-title\"", "id=\"timeline-title\""))
                .contains("Aucun régime publié n’était en vigueur en 1980.");
    }

    @Test
    void theSchemePageListsItsReformsWithSources() throws Exception {
        String html = page("/schemes/" + fundId + "?lang=en");
        assertThat(between(html, "id=\"reforms-title\"", "</section>")).contains("2016-03")
                .contains("Domestic workers removed from compulsory cover")
                .contains("(Domestic workers: Covered before 2016-03)")
                .contains("href=\"https://example.org/gazette-2016\"");
    }

    @Test
    void aYearThatIsNotOneIsA400() throws Exception {
        for (String bad : new String[] {"twenty", "1700", "3000", "20100"}) {
            mvc.perform(get("/countries/FJI").param("year", bad).param("lang", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("is not a year from 1850 to")))
                    .andExpect(content().string(containsString("The value of “year” could not be read")));
        }
        mvc.perform(get("/countries/FJI").param("year", "")).andExpect(status().isOk());
    }

    @Test
    void theComparisonReadsTheLawAsOfTheYearToo() throws Exception {
        mvc.perform(get("/api/compare?countries=FJI,GHA&year=2012"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.year").value(2012))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.columns[0].coverage.domestic_workers[0].status").value("covered"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.columns[0].coverage.domestic_workers[0].until.date").value("2016-03"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.columns[0].coverage.street_vendors").doesNotExist())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.columns[0].effectiveCoverage").isEmpty());
        String today = page("/api/compare?countries=FJI,GHA");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(today, "$.columns[0].coverage.domestic_workers[0].status"))
                .isEqualTo("excluded");
        assertThat(com.jayway.jsonpath.JsonPath.<Object>read(today, "$.columns[0].effectiveCoverage[0].year"))
                .isEqualTo(2018);
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.Map<String, Object>>read(today, "$")).doesNotContainKey("year");

        String in2000 = page("/api/compare?countries=FJI,GHA&year=2000");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(in2000, "$.columns[0].coverage.street_vendors[0].status"))
                .isEqualTo("voluntary");
        // Ghana's indicator values are all later than 2000: none may stand for "the latest" then
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(in2000,
                "$.indicators[*].values[?(@.country == 'GHA' && @.year > 2000)]")).isEmpty();

        String html = page("/compare?countries=FJI,GHA&year=2012&lang=en");
        assertThat(html).contains("As of 2012: the schemes in force that year")
                .contains("until 2016-03, when this changed: Domestic workers removed from compulsory cover")
                .contains("/countries/FJI?year=2012")
                .contains("/api/compare?countries=FJI,GHA&amp;year=2012")
                .contains("id=\"compare-year\"").contains("value=\"2012\"")
                .doesNotContain("Fixture scheme fji-old");
        assertThat(page("/compare?countries=FJI,GHA&year=2012&lang=fr")).contains("En 2012\u00a0: les régimes en vigueur");
        // the country page's "compare with" form carries the year it shows
        assertThat(page("/countries/FJI?year=2012&lang=en"))
                .contains("<input type=\"hidden\" name=\"year\" value=\"2012\">");
    }

    @Test
    void aComparisonYearThatIsNotOneIsRefusedByName() throws Exception {
        for (String bad : new String[] {"twenty", "1700", "3000"}) {
            mvc.perform(get("/api/compare").param("countries", "FJI,GHA").param("year", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.parameter")
                            .value("year"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                            .value(containsString("is not a year from 1850 to")));
            mvc.perform(get("/compare").param("countries", "FJI,GHA").param("year", bad).param("lang", "es"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("no es un año: indique un año de 1850 a")))
                    .andExpect(content().string(containsString("name=\"countries\" value=\"FJI\" checked")));
        }
    }

    /** A published Fiji old-age fund since 2010 whose 2016 reform took domestic workers out of compulsory cover. */
    static Scheme fijiFund(Fixtures fixtures, String slug) {
        Scheme fund = fixtures.scheme(slug, "FJI", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        fund.setPeriod(PartialDate.parse("2010"), null);
        fund.setCoverage(WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.EXCLUDED, "employers need not register them");
        fund.getReforms().add(new SchemeReform("2016-03", 2016, "Domestic workers removed from compulsory cover",
                WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.COVERED, "Fixture gazette 2016",
                "https://example.org/gazette-2016"));
        return fund;
    }

    @Test
    void theReasonOfA400PageIsInTheReadersLanguage() throws Exception {
        mvc.perform(get("/countries/FJI").param("year", "1700").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("«\u00a01700\u00a0» n’est pas une année de 1850 à")))
                .andExpect(content().string(not(containsString("is not a year"))));
        mvc.perform(get("/countries/FJI").param("year", "1700").param("lang", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("«1700» no es un año de 1850 a")));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        int end = html.indexOf(to, start + 1);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return html.substring(start, end);
    }
}
