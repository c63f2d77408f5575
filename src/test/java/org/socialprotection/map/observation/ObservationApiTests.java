package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** GET /api/observations on the demo atlas; run on both databases by the subclasses. */
@AtlasTest
@Transactional
abstract class ObservationApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;
    @Autowired JdbcTemplate jdbc;

    @Test
    void listsPublishedObservationsAsGeoJsonLongitudeFirst() throws Exception {
        mvc.perform(get("/api/observations?country=GHA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.numberMatched").value(5))
                .andExpect(jsonPath("$.features[*].properties.country", everyItem(is("GHA"))))
                // Ghana lies west of Greenwich and north of the equator: longitude near -0.2, latitude near 5.6
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]", closeTo(-0.2, 1.0)))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[1]", closeTo(5.6, 1.0)));
    }

    @Test
    void bboxKeepsOnlyPointsInside() throws Exception {
        // a box around Accra
        mvc.perform(get("/api/observations?bbox=-0.5,5.3,0.2,5.8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(5))
                .andExpect(jsonPath("$.features[*].properties.country", everyItem(is("GHA"))));
        // a box over the open Atlantic
        mvc.perform(get("/api/observations?bbox=-40,-10,-30,0"))
                .andExpect(jsonPath("$.numberMatched").value(0));
    }

    @Test
    void bboxAcrossTheAntimeridianFindsBothSides() throws Exception {
        fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        fixtures.lakebaVillage(PublicationStatus.PUBLISHED);
        mvc.perform(get("/api/observations?bbox=175,-25,-175,-10"))
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.features[*].properties.slug", hasItem("test-suva-market")))
                .andExpect(jsonPath("$.features[*].properties.slug", hasItem("test-lakeba")));
        // the same longitudes the other way round span the rest of the world, not Fiji
        mvc.perform(get("/api/observations?bbox=-175,-25,175,-10"))
                .andExpect(jsonPath("$.features[*].properties.slug", not(hasItem("test-suva-market"))))
                .andExpect(jsonPath("$.features[*].properties.slug", not(hasItem("test-lakeba"))));
    }

    @Test
    void draftsAreNeverPublic() throws Exception {
        Observation draft = fixtures.suvaMarket(PublicationStatus.DRAFT);
        mvc.perform(get("/api/observations?country=FJI")).andExpect(jsonPath("$.numberMatched").value(0));
        mvc.perform(get("/api/observations/" + draft.getId())).andExpect(status().isNotFound());
    }

    @Test
    void approximateAndCityPointsAreNeverSentExact() throws Exception {
        Observation approximate = fixtures.observation("test-approximate", Kind.EXCLUSION, -0.20571, 5.55132, "GHA",
                Privacy.APPROXIMATE, PublicationStatus.PUBLISHED);
        Observation city = fixtures.observation("test-city", Kind.EXCLUSION, -0.20571, 5.55132, "GHA",
                Privacy.CITY, PublicationStatus.PUBLISHED);
        mvc.perform(get("/api/observations/" + approximate.getId()))
                .andExpect(jsonPath("$.geometry.coordinates[0]").value(-0.205))
                .andExpect(jsonPath("$.geometry.coordinates[1]").value(5.555))
                .andExpect(jsonPath("$.properties.privacy").value("approximate"));
        mvc.perform(get("/api/observations/" + city.getId()))
                .andExpect(jsonPath("$.geometry.coordinates[0]").value(-0.25))
                .andExpect(jsonPath("$.geometry.coordinates[1]").value(5.55));
        // and the exact point finds nothing: filters run on what the public sees
        mvc.perform(get("/api/observations?bbox=-0.2058,5.5512,-0.2056,5.5514"))
                .andExpect(jsonPath("$.numberMatched").value(0));
    }

    @Test
    void filtersByKindGroupBranchSchemeAndYears() throws Exception {
        mvc.perform(get("/api/observations?kind=exclusion"))
                .andExpect(jsonPath("$.features[*].properties.kind", everyItem(is("exclusion"))))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)));
        mvc.perform(get("/api/observations?group=domestic_workers"))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)));
        long nhis = schemes.findBySlug("gha-nhis").orElseThrow().getId();
        mvc.perform(get("/api/observations?scheme=" + nhis))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)))
                .andExpect(jsonPath("$.features[*].properties.country", everyItem(is("GHA"))));
        mvc.perform(get("/api/observations?branch=medical_care&country=GHA"))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)));
        mvc.perform(get("/api/observations?branch=unemployment&country=GHA"))
                .andExpect(jsonPath("$.numberMatched").value(0));
        mvc.perform(get("/api/observations?from=1900&to=1901"))
                .andExpect(jsonPath("$.numberMatched").value(0));
        mvc.perform(get("/api/observations?from=2000&to=2030"))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)));
    }

    @Test
    void clustersCountEveryMatchingPointByKind() throws Exception {
        String all = mvc.perform(get("/api/observations?limit=10000")).andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(all, "$.numberMatched");
        mvc.perform(get("/api/observations/clusters?zoom=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(total))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].properties.bbox.length()").value(4));
        // at street level only points shown at the same place (the same city, say) share a cluster
        mvc.perform(get("/api/observations/clusters?zoom=18&country=GHA"))
                .andExpect(jsonPath("$.numberMatched").value(5))
                .andExpect(jsonPath("$.features[?(@.properties.count == 1)].properties.id",
                        everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.features[?(@.properties.count > 1)].properties.id").isEmpty());
        mvc.perform(get("/api/observations/clusters?zoom=2&kind=exclusion&bbox=-20,-35,40,15"))
                .andExpect(jsonPath("$.features[*].properties.inclusions", everyItem(is(0))));
    }

    @Test
    void clustersNeedAZoomAndRefuseBadFilters() throws Exception {
        mvc.perform(get("/api/observations/clusters")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("zoom"));
        mvc.perform(get("/api/observations/clusters?zoom=23")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("zoom"));
        mvc.perform(get("/api/observations/clusters?zoom=3&limit=5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void searchesTextAndFiltersBySchemeType() throws Exception {
        mvc.perform(get("/api/observations?q=KAYAYEI"))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)))
                .andExpect(jsonPath("$.features[*].properties.country", everyItem(is("GHA"))));
        mvc.perform(get("/api/observations?q=100%25_"))
                .andExpect(jsonPath("$.numberMatched").value(0));
        mvc.perform(get("/api/observations?type=means_tested_assistance"))
                .andExpect(jsonPath("$.numberMatched", greaterThan(0)));
    }

    @Test
    void pagesWithLimitAndOffset() throws Exception {
        String all = mvc.perform(get("/api/observations")).andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(all, "$.numberMatched");
        List<Integer> ids = com.jayway.jsonpath.JsonPath.read(all, "$.features[*].id");
        mvc.perform(get("/api/observations?limit=2&offset=3"))
                .andExpect(jsonPath("$.numberMatched").value(total))
                .andExpect(jsonPath("$.numberReturned").value(2))
                .andExpect(jsonPath("$.features[0].id").value(ids.get(3)))
                .andExpect(jsonPath("$.features[1].id").value(ids.get(4)));
    }

    @Test
    void detailListsTheBriefsAndPodcastsAboutIt() throws Exception {
        Observation o = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        fixtures.brief("test-brief-published", PublicationStatus.PUBLISHED, List.of(o));
        fixtures.brief("test-brief-draft", PublicationStatus.DRAFT, List.of(o));
        mvc.perform(get("/api/observations/" + o.getId()))
                .andExpect(jsonPath("$.properties.publications.length()").value(1))
                .andExpect(jsonPath("$.properties.publications[0].title").value("Fixture brief test-brief-published"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            bbox=1,2,3            | bbox   | expected 4 comma-separated numbers
            bbox=1,2,3,4,5        | bbox   | expected 4
            bbox=a,2,3,4          | bbox   | 'a' is not a number
            bbox=-190,0,10,10     | bbox   | outside -180..180
            bbox=0,10,10,-10      | bbox   | inverted
            bbox=0,-95,10,10      | bbox   | outside -90..90
            kind=inclusive        | kind   | expected one of inclusion, exclusion
            group=farmers         | group  | unknown value 'farmers'
            branch=pensions       | branch | unknown value 'pensions'
            country=Ghana         | country| not an ISO 3166-1 alpha-3 code
            scheme=-1             | scheme | not a record id
            from=last year        | from   | not a year
            from=2020&to=2010     | to     | before
            limit=0               | limit  | outside 1..10000
            limit=10001           | limit  | outside 1..10000
            limit=ten             | limit  | not a whole number
            offset=-1             | offset | outside
            colour=red            | colour | unknown parameter
            lang=de               | lang   | not one of the atlas's languages
            """)
    void badParametersAre400sNamingTheParameter(String query, String parameter, String reason) throws Exception {
        mvc.perform(get("/api/observations?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter.trim()))
                .andExpect(jsonPath("$.detail", containsString(reason.trim())));
    }

    @Test
    void unknownAndMalformedIds() throws Exception {
        mvc.perform(get("/api/observations/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/observations/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
    }

    /**
     * Hibernate takes observation ids a block at a time from a sequence (so that an import's inserts are batched) while
     * SQL inserts (the benchmark loader, migrations, tests) take the column default on the same sequence (V30): the two
     * must never hand out the same id, however they interleave, past the end of a block too.
     */
    @Test
    void idsFromHibernateAndFromPlainSqlInsertsNeverCollide() {
        List<Long> byHibernate = new ArrayList<>();
        List<Long> bySql = new ArrayList<>();
        for (int i = 0; i < Observation.ID_BLOCK + 5; i++) {
            byHibernate.add(fixtures.observation("test-ids-jpa-" + i, Kind.INCLUSION, -0.19, 5.6, "GHA", Privacy.EXACT,
                    PublicationStatus.DRAFT).getId());
            bySql.add(insertedBySql("test-ids-sql-" + i));
        }
        List<Long> all = new ArrayList<>(byHibernate);
        all.addAll(bySql);
        assertThat(all).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE slug LIKE 'test-ids-%'", Long.class))
                .isEqualTo(all.size());
        // Hibernate's ids run on within a block whatever SQL inserts come between: no round trip for an id, which is
        // what lets an import send its rows in batches. The first block may be one an earlier test began, so the run
        // is broken where a block ends: at most twice in ID_BLOCK + 5 ids
        long runOn = 0;
        for (int i = 1; i < byHibernate.size(); i++) {
            runOn += byHibernate.get(i) == byHibernate.get(i - 1) + 1 ? 1 : 0;
        }
        assertThat(runOn).isGreaterThanOrEqualTo(byHibernate.size() - 3L);
    }

    private long insertedBySql(String slug) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO observation (slug, kind, title, location, public_location, place_type, privacy,
                                             country_iso3, status)
                    VALUES (?, 'INCLUSION', ?, ST_GeomFromText('POINT(-0.19 5.6)', 4326),
                            ST_GeomFromText('POINT(-0.19 5.6)', 4326), 'MARKET', 'EXACT', 'GHA', 'DRAFT')""",
                    new String[] {"id"});
            insert.setString(1, slug);
            insert.setString(2, slug);
            return insert;
        }, key);
        return key.getKey().longValue();
    }
}
