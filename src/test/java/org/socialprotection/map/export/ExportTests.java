package org.socialprotection.map.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.indicator.IndicatorValues;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Downloads carry exactly what the filter shows, published only, at the public point, in every format. */
@AtlasTest
abstract class ExportTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;
    @Autowired Schemes schemes;
    @Autowired IndicatorValues values;

    MockHttpServletResponse download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    int matched(String filters) throws Exception {
        String body = mvc.perform(get("/api/observations?limit=10000&" + filters)).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.numberMatched");
    }

    @Test
    void csvOpensInExcelAndHoldsTheFilteredRows() throws Exception {
        MockHttpServletResponse response = download("/api/observations/export?format=csv&kind=exclusion");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,kind,title");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(matched("kind=exclusion")).allMatch(r -> r.get("kind").equals("exclusion"));
        assertThat(rows).allMatch(r -> !r.get("sources").isBlank());
    }

    @Test
    void geojsonIsAFeatureCollectionOfTheSameFeatures() throws Exception {
        String body = download("/api/observations/export?format=geojson&country=ZAF").getContentAsString();
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("FeatureCollection");
        List<Object> features = JsonPath.read(body, "$.features");
        assertThat(features).hasSize(matched("country=ZAF"));
        List<String> countries = JsonPath.read(body, "$.features[*].properties.country");
        assertThat(countries).containsOnly("ZAF");
    }

    @Test
    void geopackageOpensWithItsPointsAtThePublicLocation() throws Exception {
        var exact = fixtures.observation("test-export-approx", Kind.INCLUSION, 178.44191, -18.14161, "FJI",
                Privacy.APPROXIMATE, PublicationStatus.PUBLISHED);
        fixtures.observation("test-export-draft", Kind.INCLUSION, 178.44, -18.14, "FJI", Privacy.EXACT,
                PublicationStatus.DRAFT);
        try {
            byte[] bytes = download("/api/observations/export?format=gpkg&country=FJI").getContentAsByteArray();
            Path file = Files.createTempFile("export", ".gpkg");
            Files.write(file, bytes);
            GeoPackage geoPackage = GeoPackageManager.open(file.toFile());
            try {
                FeatureDao dao = geoPackage.getFeatureDao("observations");
                assertThat(dao.count()).isEqualTo(1);
                FeatureResultSet rows = dao.queryForAll();
                try {
                    rows.moveToNext();
                    var point = (mil.nga.sf.Point) rows.getRow().getGeometry().getGeometry();
                    assertThat(point.getX()).isEqualTo(178.445);
                    assertThat(point.getY()).isEqualTo(-18.145);
                    assertThat(rows.getRow().getValue("title")).isEqualTo("Fixture test-export-approx");
                } finally {
                    rows.close();
                }
            } finally {
                geoPackage.close();
                Files.deleteIfExists(file);
            }
        } finally {
            fixtures.delete(exact);
            fixtures.deleteBySlug("test-export-draft");
        }
    }

    @Test
    void schemesAndIndicatorsAsCsv() throws Exception {
        String schemes = download("/api/schemes/export?country=IND").getContentAsString(StandardCharsets.UTF_8);
        assertThat(schemes.lines().count()).isGreaterThan(5);
        assertThat(schemes).contains("old_age");
        String values = download("/api/indicators/export?indicator=informal_employment_share")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(values).contains("KEN").contains("informal_employment_share");
    }

    /** A title, a name, a source that a spreadsheet would run as a formula are neutralised; numbers stay numbers. */
    @Test
    void formulasAreNeutralisedInEveryCsvButNumbersStayNumbers() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        var o = fixtures.observation("test-export-formula", Kind.EXCLUSION, -0.2057, 5.5513, "GHA", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        o.setTitle(formula);
        o.setNarrative("@SUM(1+1)*cmd|' /C calc'!A0");
        observations.saveAndFlush(o);
        var s = fixtures.scheme("test-export-formula", "FJI", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        s.setOfficialName("+cmd|' /C calc'!A0");
        s.setDescription("-2+3");
        schemes.saveAndFlush(s);
        var v = new IndicatorValue("FJI", "informal_employment_share", 1901, -3.5, "%", "\t=1+1", null);
        v.setStatus(PublicationStatus.PUBLISHED);
        v.createdBy("test");
        values.saveAndFlush(v);
        try {
            CSVRecord row = csv(download("/api/observations/export?format=csv&country=GHA&kind=exclusion")).stream()
                    .filter(r -> r.get("id").equals(String.valueOf(o.getId()))).findFirst().orElseThrow();
            assertThat(row.get("title")).isEqualTo("'" + formula);
            assertThat(row.get("narrative")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
            assertThat(row.get("longitude")).isEqualTo("-0.2057");

            CSVRecord scheme = csv(download("/api/schemes/export?country=FJI")).stream()
                    .filter(r -> r.get("id").equals(String.valueOf(s.getId()))).findFirst().orElseThrow();
            assertThat(scheme.get("official_name")).isEqualTo("'+cmd|' /C calc'!A0");
            assertThat(scheme.get("description")).isEqualTo("'-2+3");

            CSVRecord value = csv(download("/api/indicators/export?indicator=informal_employment_share&country=FJI"))
                    .stream().filter(r -> r.get("year").equals("1901")).findFirst().orElseThrow();
            assertThat(value.get("value")).isEqualTo("-3.5");
            assertThat(value.get("source")).isEqualTo("'\t=1+1");
        } finally {
            fixtures.delete(o);
            schemes.deleteById(s.getId());
            values.deleteById(v.getId());
        }
    }

    private static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void badParametersAre400s() throws Exception {
        mvc.perform(get("/api/observations/export?format=shp")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("format"));
        mvc.perform(get("/api/schemes/export?format=gpkg")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/observations/export?limit=3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }
}
