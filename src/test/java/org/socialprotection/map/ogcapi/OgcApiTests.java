package org.socialprotection.map.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** OGC API - Features on the demo atlas, every route in both formats; run on both databases by the subclasses. */
@AtlasTest
@Transactional
abstract class OgcApiTests {

    static final String BASE = "http://localhost/ogcapi";
    static final String ITEMS = "/ogcapi/collections/observations/items";
    static final String CONF = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Observations observations;

    @Test
    void landingPageLinksTheApiDefinitionConformanceAndCollections() throws Exception {
        mvc.perform(get("/ogcapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().stringValues(HttpHeaders.VARY, hasItem("Accept")))
                .andExpect(jsonPath("$.title").value("Social Protection Map: OGC API - Features"))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].href").value(BASE + "?f=json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].type").value("application/json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'alternate')].type").value("text/html"))
                .andExpect(jsonPath("$.links[?(@.rel == 'service-desc')].href").value("http://localhost/v3/api-docs"))
                .andExpect(jsonPath("$.links[?(@.rel == 'service-desc')].type")
                        .value("application/vnd.oai.openapi+json;version=3.1"))
                .andExpect(jsonPath("$.links[?(@.rel == 'service-doc')].href")
                        .value("http://localhost/swagger-ui.html"))
                .andExpect(jsonPath("$.links[?(@.rel == 'conformance' && @.type == 'application/json')].href")
                        .value(BASE + "/conformance?f=json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'data' && @.type == 'application/json')].href")
                        .value(BASE + "/collections?f=json"));
        mvc.perform(get("/ogcapi/")).andExpect(status().isOk());
    }

    @Test
    void webMapsOnOtherSitesMayReadIt() throws Exception {
        mvc.perform(get(ITEMS).header(HttpHeaders.ORIGIN, "https://maps.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
        mvc.perform(options(ITEMS).header(HttpHeaders.ORIGIN, "https://maps.example.org")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
    }

    @Test
    void conformanceDeclaresCoreGeoJsonAndHtml() throws Exception {
        mvc.perform(get("/ogcapi/conformance"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.conformsTo", hasItems(CONF + "core", CONF + "geojson", CONF + "html")))
                // the OpenAPI document is 3.1, so oas30 is not claimed
                .andExpect(jsonPath("$.conformsTo", not(hasItem(CONF + "oas30"))));
    }

    @Test
    void apiRedirectsToTheOpenApiDocumentWhichDescribesTheseRoutes() throws Exception {
        mvc.perform(get("/ogcapi/api")).andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/v3/api-docs"));
        mvc.perform(get("/ogcapi/api?f=html")).andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/swagger-ui.html"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/ogcapi/collections/{collectionId}/items'].get.operationId")
                        .value("getFeatures"))
                .andExpect(jsonPath("$.paths['/ogcapi/collections/{collectionId}/items'].get.parameters[*].name",
                        hasItems("bbox", "datetime", "limit", "offset", "kind", "group", "country", "f")));
    }

    @Test
    void collectionsDescribeObservationsAndCountries() throws Exception {
        mvc.perform(get("/ogcapi/collections"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].href").value(BASE + "/collections?f=json"))
                .andExpect(jsonPath("$.collections[*].id", is(List.of("observations", "countries"))))
                .andExpect(jsonPath("$.collections[0].title").value("Inclusion and exclusion observations"))
                .andExpect(jsonPath("$.collections[0].itemType").value("feature"))
                .andExpect(jsonPath("$.collections[0].crs[0]").value(Documents.CRS84))
                .andExpect(jsonPath("$.collections[0].storageCrs").value(Documents.CRS84))
                .andExpect(jsonPath("$.collections[0].extent.spatial.bbox[0].length()").value(4))
                .andExpect(jsonPath("$.collections[0].extent.spatial.crs").value(Documents.CRS84))
                .andExpect(jsonPath("$.collections[0].extent.temporal.interval[0][0]", startsWith("20")))
                .andExpect(jsonPath("$.collections[0].links[?(@.rel == 'items' && @.type == 'application/geo+json')]"
                        + ".href").value(BASE + "/collections/observations/items?f=json"))
                .andExpect(jsonPath("$.collections[0].links[?(@.rel == 'items' && @.type == 'text/html')].href")
                        .value(BASE + "/collections/observations/items?f=html"))
                .andExpect(jsonPath("$.collections[1].extent.spatial.bbox[0]", is(List.of(-180.0, -90.0, 180.0,
                        90.0))))
                .andExpect(jsonPath("$.collections[1].extent.temporal").doesNotExist());
    }

    @Test
    void oneCollectionAndAnUnknownOne() throws Exception {
        mvc.perform(get("/ogcapi/collections/countries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("countries"))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].href").value(BASE + "/collections/countries?f=json"));
        mvc.perform(get("/ogcapi/collections/schemes"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void itemsArePublishedObservationsAsGeoJsonAsTheJsonApiCountsThem() throws Exception {
        fixtures.suvaMarket(PublicationStatus.DRAFT);
        int published = numberMatched("/api/observations");
        mvc.perform(get(ITEMS))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.numberMatched").value(published))
                .andExpect(jsonPath("$.numberReturned").value(published))
                .andExpect(jsonPath("$.timeStamp", startsWith("20")))
                .andExpect(jsonPath("$.features[0].type").value("Feature"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].properties.kind").exists())
                .andExpect(jsonPath("$.features[*].properties.title", not(hasItem("Fixture test-suva-market"))))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].href").value(BASE
                        + "/collections/observations/items?f=json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].type").value("application/geo+json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'alternate')].type").value("text/html"))
                .andExpect(jsonPath("$.links[?(@.rel == 'collection')].href").value(BASE
                        + "/collections/observations?f=json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
                .andExpect(jsonPath("$.links[?(@.rel == 'prev')]").isEmpty());
    }

    @Test
    void pagesFollowNextAndPrevLinks() throws Exception {
        List<Integer> all = JsonPath.read(body(ITEMS), "$.features[*].id");
        String first = body(ITEMS + "?limit=10");
        assertThat((List<Integer>) JsonPath.read(first, "$.features[*].id")).isEqualTo(all.subList(0, 10));
        List<String> next = JsonPath.read(first, "$.links[?(@.rel == 'next')].href");
        assertThat(next).containsExactly(BASE + "/collections/observations/items?limit=10&f=json&offset=10");
        assertThat((List<String>) JsonPath.read(first, "$.links[?(@.rel == 'prev')]")).isEmpty();

        String second = body(next.get(0).substring("http://localhost".length()));
        assertThat((List<Integer>) JsonPath.read(second, "$.features[*].id")).isEqualTo(all.subList(10, 20));
        assertThat((List<String>) JsonPath.read(second, "$.links[?(@.rel == 'prev')].href"))
                .containsExactly(BASE + "/collections/observations/items?limit=10&f=json&offset=0");

        // the last page has no next link; a page past the end is empty and leads back
        int lastOffset = all.size() - 3;
        mvc.perform(get(ITEMS + "?limit=10&offset=" + lastOffset))
                .andExpect(jsonPath("$.numberReturned").value(3))
                .andExpect(jsonPath("$.numberMatched").value(all.size()))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty());
        mvc.perform(get(ITEMS + "?offset=1000"))
                .andExpect(jsonPath("$.numberReturned").value(0))
                .andExpect(jsonPath("$.links[?(@.rel == 'prev')].href").value(BASE
                        + "/collections/observations/items?f=json&offset=900"));
        // countries page the same way
        mvc.perform(get("/ogcapi/collections/countries/items?limit=100&offset=200"))
                .andExpect(jsonPath("$.numberReturned").value(50))
                .andExpect(jsonPath("$.numberMatched").value(250))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
                .andExpect(jsonPath("$.links[?(@.rel == 'prev')].href").value(BASE
                        + "/collections/countries/items?limit=100&f=json&offset=100"));
    }

    @Test
    void aLimitAboveTheMaximumIsCutNotRefused() throws Exception {
        int published = numberMatched("/api/observations");
        mvc.perform(get(ITEMS + "?limit=20000")).andExpect(status().isOk())
                .andExpect(jsonPath("$.numberReturned").value(published));
        mvc.perform(get(ITEMS + "?limit=99999999999999999999")).andExpect(status().isOk());
        mvc.perform(get("/ogcapi/collections/countries/items")).andExpect(jsonPath("$.numberReturned").value(100));
    }

    /**
     * A full page makes the routes count the matches (a statement of its own, on the coordinates' index): the count
     * must agree with the features a page of all of them returns, across the antimeridian and on a box's edge.
     */
    @Test
    void theCountOfAFullPageAgreesWithTheFeaturesItCounts() throws Exception {
        fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        fixtures.lakebaVillage(PublicationStatus.PUBLISHED);
        for (String bbox : List.of("-0.5,5.3,0.2,5.8", "175,-25,-175,-10", "-180,-90,180,90", "-20,-40,55,40")) {
            int all = JsonPath.read(body("/api/observations?limit=5000&bbox=" + bbox), "$.numberReturned");
            assertThat(all).as(bbox).isGreaterThan(1);
            assertThat(numberMatched("/api/observations?limit=1&bbox=" + bbox)).as(bbox).isEqualTo(all);
            assertThat(numberMatched(ITEMS + "?limit=1&offset=1&bbox=" + bbox)).as(bbox).isEqualTo(all);
        }
        // a box whose edges pass through a point still holds it, as the features' && does
        String one = body("/api/observations?limit=1&bbox=175,-25,-175,-10");
        double lon = JsonPath.<Double>read(one, "$.features[0].geometry.coordinates[0]");
        double lat = JsonPath.<Double>read(one, "$.features[0].geometry.coordinates[1]");
        String edges = lon + "," + lat + "," + (lon + 0.5) + "," + (lat + 0.5);
        int onEdge = JsonPath.read(body("/api/observations?limit=5000&bbox=" + edges), "$.numberReturned");
        mvc.perform(get("/api/observations?limit=1&offset=1&bbox=" + edges)).andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(onEdge));
    }

    @Test
    void bboxKeepsWhatIsInsideAcrossTheAntimeridianToo() throws Exception {
        fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        fixtures.lakebaVillage(PublicationStatus.PUBLISHED);
        // a box around Accra, as in the JSON API
        assertThat(numberMatched(ITEMS + "?bbox=-0.5,5.3,0.2,5.8"))
                .isEqualTo(numberMatched("/api/observations?bbox=-0.5,5.3,0.2,5.8")).isPositive();
        mvc.perform(get(ITEMS + "?bbox=175,-25,-175,-10"))
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.features[*].properties.title",
                        hasItems("Fixture test-suva-market", "Fixture test-lakeba")))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].href").value(BASE
                        + "/collections/observations/items?bbox=175,-25,-175,-10&f=json"));
        mvc.perform(get(ITEMS + "?bbox=-175,-25,175,-10"))
                .andExpect(jsonPath("$.features[*].properties.country", not(hasItem("FJI"))));
        // six numbers: heights, which CRS84 points do not have, are ignored
        mvc.perform(get(ITEMS + "?bbox=175,-25,0,-175,-10,100")).andExpect(jsonPath("$.numberMatched").value(2));
        // countries are matched by their boundary, not its envelope
        mvc.perform(get("/ogcapi/collections/countries/items?bbox=175,-25,-175,-10"))
                .andExpect(jsonPath("$.features[*].id", hasItem("FJI")))
                .andExpect(jsonPath("$.features[*].id", not(hasItem("GHA"))));
        // (Fiji's Ceva-i-Ra reef lies at 174.6 E)
        mvc.perform(get("/ogcapi/collections/countries/items?bbox=-174,-25,174,-10"))
                .andExpect(jsonPath("$.features[*].id", not(hasItem("FJI"))))
                .andExpect(jsonPath("$.features[*].id", hasItem("MOZ")));
        mvc.perform(get("/ogcapi/collections/countries/items?bbox=-1.5,6,-0.5,7"))
                .andExpect(jsonPath("$.features[*].id", is(List.of("GHA"))));
    }

    @Test
    void datetimeMatchesTheYearsObservedAsTheJsonApiDoes() throws Exception {
        assertThat(numberMatched(ITEMS + "?datetime=2010-01-01T00:00:00Z/2015-12-31T23:59:59Z"))
                .isEqualTo(numberMatched("/api/observations?from=2010&to=2015")).isPositive();
        assertThat(numberMatched(ITEMS + "?datetime=2018-01-01T00:00:00Z/.."))
                .isEqualTo(numberMatched("/api/observations?from=2018")).isPositive();
        assertThat(numberMatched(ITEMS + "?datetime=../2009-06-30T12:00:00-05:00"))
                .isEqualTo(numberMatched("/api/observations?to=2009")).isPositive();
        assertThat(numberMatched(ITEMS + "?datetime=/2009-12-31"))
                .isEqualTo(numberMatched("/api/observations?to=2009"));
        assertThat(numberMatched(ITEMS + "?datetime=2019-03-05T10:00:00Z"))
                .isEqualTo(numberMatched("/api/observations?from=2019&to=2019")).isPositive();
        assertThat(numberMatched(ITEMS + "?datetime=1900-01-01/1901-12-31")).isZero();
        // observations without an observed period match no datetime
        assertThat(numberMatched(ITEMS + "?datetime=0001-01-01T00:00:00Z/.."))
                .isLessThan(numberMatched(ITEMS));
        // boundaries have no time: the parameter is checked, then ignored
        assertThat(numberMatched("/ogcapi/collections/countries/items?datetime=1900-01-01T00:00:00Z")).isEqualTo(250);
        mvc.perform(get("/ogcapi/collections/countries/items?datetime=yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void filtersTakeTheCodesOfTheJsonApi() throws Exception {
        for (String filter : List.of("kind=exclusion", "group=domestic_workers", "country=GHA",
                "kind=inclusion&country=ZAF,ind", "group=street_vendors,waste_pickers")) {
            assertThat(numberMatched(ITEMS + "?" + filter)).as(filter)
                    .isEqualTo(numberMatched("/api/observations?" + filter));
        }
        mvc.perform(get(ITEMS + "?kind=exclusion"))
                .andExpect(jsonPath("$.features[*].properties.kind", everyItem(is("exclusion"))));
        mvc.perform(get("/ogcapi/collections/countries/items?country=GHA,ken"))
                .andExpect(jsonPath("$.features[*].id", is(List.of("GHA", "KEN"))))
                .andExpect(jsonPath("$.features[0].properties.iso3").value("GHA"))
                .andExpect(jsonPath("$.features[0].properties.name").value("Ghana"))
                .andExpect(jsonPath("$.features[0].properties.region").value("Africa"))
                .andExpect(jsonPath("$.features[0].properties.schemes", greaterThan(0)))
                .andExpect(jsonPath("$.features[0].properties.inclusions").isNumber())
                .andExpect(jsonPath("$.features[0].properties.exclusions").isNumber())
                .andExpect(jsonPath("$.features[0].geometry.type").value("MultiPolygon"));
        mvc.perform(get("/ogcapi/collections/countries/items?country=DEU&lang=fr"))
                .andExpect(jsonPath("$.features[0].properties.name").value("Allemagne"));
    }

    @Test
    void aFeatureByItsId() throws Exception {
        Observation approximate = fixtures.observation("test-approximate", Kind.EXCLUSION, -0.20571, 5.55132, "GHA",
                Privacy.APPROXIMATE, PublicationStatus.PUBLISHED);
        mvc.perform(get(ITEMS + "/" + approximate.getId()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.id").value(approximate.getId()))
                // the public location, never the exact point
                .andExpect(jsonPath("$.geometry.coordinates[0]").value(-0.205))
                .andExpect(jsonPath("$.geometry.coordinates[1]").value(5.555))
                .andExpect(jsonPath("$.properties.privacy").value("approximate"))
                .andExpect(jsonPath("$.properties.groups").value("street_vendors"))
                .andExpect(jsonPath("$.properties.observedTo").value((Object) null))
                .andExpect(jsonPath("$.properties.page").value("http://localhost/observations/"
                        + approximate.getId()))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].href").value(BASE
                        + "/collections/observations/items/" + approximate.getId() + "?f=json"))
                .andExpect(jsonPath("$.links[?(@.rel == 'collection')].href").value(BASE
                        + "/collections/observations?f=json"));
        mvc.perform(get("/ogcapi/collections/countries/items/GHA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("GHA"))
                .andExpect(jsonPath("$.properties.page").value("http://localhost/countries/GHA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"observations/items/999999", "observations/items/abc", "observations/items/-1",
            "countries/items/XXX", "countries/items/gha", "countries/items/GHANA", "nothing/items/1"})
    void unknownFeaturesAre404s(String path) throws Exception {
        mvc.perform(get("/ogcapi/collections/" + path))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void draftsAreNotFeatures() throws Exception {
        Observation draft = fixtures.suvaMarket(PublicationStatus.DRAFT);
        mvc.perform(get(ITEMS + "/" + draft.getId())).andExpect(status().isNotFound());
        mvc.perform(get(ITEMS + "?country=FJI")).andExpect(jsonPath("$.numberMatched").value(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            bbox=1,2,3                      | bbox     | expected 4 comma-separated numbers
            bbox=0,10,10,-10                | bbox     | inverted
            bbox=0,0,a,1,1,1                | bbox     | 'a' is not a number
            bbox=-190,0,10,10               | bbox     | outside -180..180
            datetime=2019-13-01T00:00:00Z   | datetime | not an RFC 3339 date-time
            datetime=2019                   | datetime | not an RFC 3339 date-time
            datetime=2020-01-01/2019-01-01  | datetime | ends before it starts
            datetime=..                     | datetime | open end
            datetime=../..                  | datetime | at least one end
            datetime=2019-01-01/2020-01-01/2021-01-01 | datetime | 3 parts
            limit=0                         | limit    | below 1
            limit=ten                       | limit    | not a whole number
            offset=-1                       | offset   | outside
            kind=inclusive                  | kind     | expected one of inclusion, exclusion
            group=farmers                   | group    | unknown value 'farmers'
            country=Ghana                   | country  | not an ISO 3166-1 alpha-3 code
            f=xml                           | f        | not one of json, html
            f=json&f=html                   | f        | give it once
            from=2019                       | from     | unknown parameter
            resultType=hits                 | resultType | unknown parameter
            """)
    void badParametersAre400sNamingTheParameter(String query, String parameter, String reason) throws Exception {
        mvc.perform(get(ITEMS + "?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.parameter").value(parameter.trim()))
                .andExpect(jsonPath("$.detail", containsString(reason.trim())));
    }

    @Test
    void otherResourcesTakeNoParameterButFAndLang() throws Exception {
        mvc.perform(get("/ogcapi?limit=10")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/ogcapi/collections/countries?bbox=0,0,1,1")).andExpect(status().isBadRequest());
        mvc.perform(get("/ogcapi/collections/countries/items?kind=inclusion")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("kind"));
        mvc.perform(get("/ogcapi/collections?f=json&lang=fr")).andExpect(status().isOk())
                .andExpect(jsonPath("$.collections[1].title").value("Pays"));
        // what GDAL sends
        mvc.perform(get(ITEMS + "?f=json&limit=10&offset=10")).andExpect(status().isOk());
    }

    @Test
    void theFParameterWinsOverAcceptWhichWinsOverTheDefault() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        mvc.perform(get(ITEMS).header(HttpHeaders.ACCEPT, browser))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get(ITEMS + "?f=json").header(HttpHeaders.ACCEPT, browser))
                .andExpect(content().contentType("application/geo+json"));
        mvc.perform(get("/ogcapi/collections?f=html").header(HttpHeaders.ACCEPT, "application/json"))
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get("/ogcapi/collections").header(HttpHeaders.ACCEPT, "*/*"))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get("/ogcapi/collections").header(HttpHeaders.ACCEPT, "application/geo+json, application/json"))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get("/ogcapi/collections").header(HttpHeaders.ACCEPT, "application/xml, text/html;q=0.5"))
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get("/ogcapi/collections").header(HttpHeaders.ACCEPT, "image/png"))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void everyResourceIsAlsoAPage() throws Exception {
        String landing = page("/ogcapi");
        assertThat(landing).contains("<h1>Social Protection Map: OGC API - Features</h1>")
                .contains("href=\"/ogcapi/collections?f=html\"").contains("href=\"/swagger-ui.html\"")
                .contains("href=\"http://localhost/ogcapi?f=json\"");
        assertThat(page("/ogcapi/conformance")).contains(CONF + "html");
        assertThat(page("/ogcapi/collections")).contains("Inclusion and exclusion observations")
                .contains("href=\"/ogcapi/collections/countries/items?f=html\"");
        assertThat(page("/ogcapi/collections/observations")).contains("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        String items = page(ITEMS + "?limit=5&offset=5");
        assertThat(items).contains("Features 6–10 of").contains("<table")
                .contains("rel=\"next\"").contains("rel=\"prev\"")
                .contains("href=\"http://localhost/ogcapi/collections/observations/items?limit=5&amp;f=html&amp;offset=10\"")
                .contains("href=\"http://localhost/ogcapi/collections/observations/items?limit=5&amp;offset=5&amp;f=json\"");
        List<Integer> ids = JsonPath.read(body(ITEMS + "?limit=1"), "$.features[*].id");
        assertThat(page(ITEMS + "/" + ids.get(0))).contains("href=\"http://localhost/observations/" + ids.get(0) + "\"");
        assertThat(page("/ogcapi/collections/countries/items?country=GHA")).contains("<td>Ghana</td>");
        assertThat(page("/ogcapi/collections/countries/items/GHA")).contains("<h1>Ghana</h1>");
        for (String html : List.of(landing, items)) {
            assertThat(html).doesNotContain("??");
        }
    }

    @Test
    void pagesEscapeWhatTheDatabaseHolds() throws Exception {
        Observation o = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        o.setTitle("<script>alert('x')</script>");
        observations.saveAndFlush(o);
        String items = page(ITEMS + "?country=FJI");
        assertThat(items).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(page(ITEMS + "/" + o.getId())).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void errorsArePagesWhenAPageWasAskedFor() throws Exception {
        mvc.perform(get(ITEMS + "?bbox=1,2&f=html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Parameter &#39;bbox&#39;")));
        mvc.perform(get(ITEMS + "/999999").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        // a mistake in f itself is answered in JSON
        mvc.perform(get(ITEMS + "?f=pdf").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    int numberMatched(String url) throws Exception {
        return JsonPath.read(body(url), "$.numberMatched");
    }

    String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).header(HttpHeaders.ACCEPT, "text/html")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }
}
