package org.socialprotection.map.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.indicator.IndicatorValues;
import org.socialprotection.map.indicator.Indicators;
import org.socialprotection.map.observation.ObservationPlacement;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationFiles;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.publication.Segment;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.translation.TranslationDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The first-start loader: everything in data/ arrives, a second start changes nothing, a mistake loads nothing. */
@AtlasTest
abstract class AtlasDataLoaderTests {

    private static final String SNAPSHOT = """
            SELECT (SELECT COUNT(*) FROM country) AS countries, (SELECT COUNT(*) FROM scheme) AS schemes,
                   (SELECT COUNT(*) FROM observation) AS observations, (SELECT COUNT(*) FROM publication) AS publications,
                   (SELECT COUNT(*) FROM indicator_value) AS indicator_values,
                   (SELECT COUNT(*) FROM collection) AS collections,
                   (SELECT MAX(updated_at) FROM scheme) AS schemes_updated,
                   (SELECT MAX(version) FROM observation) AS observation_version,
                   (SELECT COUNT(*) FROM data_load) AS loads""";

    @Autowired AtlasDataLoader loader;
    @Autowired JdbcTemplate jdbc;
    @Autowired ResourceLoader resources;
    @Autowired TransactionTemplate transactions;
    @Autowired Countries countries;
    @Autowired Schemes schemes;
    @Autowired Observations observations;
    @Autowired ObservationPlacement placement;
    @Autowired Publications publications;
    @Autowired PublicationFiles files;
    @Autowired Indicators indicators;
    @Autowired IndicatorValues indicatorValues;
    @Autowired TranslationDesk translations;

    @Test
    void loadsEveryCountryAndTheWholeDemoAtlasAsPublished() {
        assertThat(countries.count()).isGreaterThanOrEqualTo(249);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM country WHERE boundary IS NULL", Long.class)).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM scheme UNION SELECT DISTINCT status FROM observation"
                + " UNION SELECT DISTINCT status FROM publication", String.class))
                .as("statuses; rows not published (the database is shared: another test's leftovers show here): %s",
                        jdbc.queryForList("SELECT 'observation' AS t, id, status, created_by, title FROM observation"
                                + " WHERE status <> 'PUBLISHED' UNION ALL SELECT 'scheme', id, status, created_by, name_en"
                                + " FROM scheme WHERE status <> 'PUBLISHED' UNION ALL SELECT 'publication', id, status,"
                                + " created_by, title FROM publication WHERE status <> 'PUBLISHED'"))
                .containsExactly("PUBLISHED");
        assertThat(schemes.count()).isEqualTo(32);
        assertThat(observations.count()).isEqualTo(35);
        assertThat(publications.count()).isEqualTo(21);
        assertThat(indicatorValues.count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheme s WHERE NOT EXISTS "
                + "(SELECT 1 FROM scheme_source x WHERE x.scheme_id = s.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation o WHERE NOT EXISTS "
                + "(SELECT 1 FROM observation_source x WHERE x.observation_id = o.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE demo = TRUE", Long.class))
                .isPositive();
    }

    /** The demo's one audio file is synthetic and says so; it is stored like an upload and cut into linked parts. */
    @Test
    void theSyntheticDemoEpisodeHasItsAudioAndPartsLinkedToThePlaces() {
        transactions.executeWithoutResult(status -> theSyntheticDemoEpisode());
    }

    private void theSyntheticDemoEpisode() {
        Publication episode = publications.findBySlug("demo-episode-synthetic-voice").orElseThrow();
        assertThat(episode.isDemo()).isTrue();
        assertThat(episode.getTitle()).contains("synthetic voice");
        assertThat(episode.getTranscript()).startsWith("This is a synthetic demonstration episode")
                .contains("It is not a recording by WIEGO");
        assertThat(episode.getFileType()).isEqualTo("audio/mpeg");
        assertThat(episode.getFileSize()).isEqualTo(233_287L);
        assertThat(episode.getSegments()).extracting(Segment::startSeconds).containsExactly(16, 30, 43);
        assertThat(episode.getSegments().get(0).observationId())
                .isEqualTo(observations.findBySlug("accra-market-childcare-guidelines").orElseThrow().getId());
        assertThat(episode.getSegments().get(2).countryIso3()).isEqualTo("GHA");
        // its transcript is translated, and as synthetic in French and Spanish as in English
        assertThat(jdbc.queryForList("SELECT language || '=' || published_text FROM translation WHERE record_type = "
                + "'publications' AND record_id = ? AND field = 'transcript' ORDER BY language", String.class,
                episode.getId())).satisfiesExactly(
                        es -> assertThat(es).startsWith("es=Este es un episodio de demostración sintético")
                                .contains("No es una grabación de WIEGO"),
                        fr -> assertThat(fr).startsWith("fr=Ceci est un épisode de démonstration synthétique")
                                .contains("Ce n’est pas un enregistrement du WIEGO"));
    }

    @Test
    void aSecondStartChangesNothing() throws Exception {
        Map<String, Object> before = jdbc.queryForMap(SNAPSHOT);
        loader.run(null);
        assertThat(jdbc.queryForMap(SNAPSHOT)).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT dataset FROM data_load ORDER BY dataset", String.class))
                .containsExactly("boundaries", "demo", "demo-collections");
    }

    @Test
    void aMistakeInTheDataNamesFileRecordAndReasonAndLoadsNothing() {
        DataLoads broken = new DataLoads(jdbc, resources, new DataSettings("classpath:fixtures/broken-demo/", true));
        DemoAtlasLoader demo = new DemoAtlasLoader(broken, countries, schemes, observations, placement, publications,
                files, indicators, indicatorValues, translations);
        Map<String, Object> before = jdbc.queryForMap(SNAPSHOT);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> demo.load()))
                .hasMessageContaining("data/demo/observations.geojson, record 'test-broken-bad'")
                .hasMessageContaining("falls in Ghana (GHA), not in South Africa (ZAF)");
        assertThat(jdbc.queryForMap(SNAPSHOT)).isEqualTo(before);
        assertThat(schemes.findBySlug("test-broken-scheme")).isEmpty();
        assertThat(observations.findBySlug("test-broken-good")).isEmpty();
    }

    @Test
    void aPointOutsideTheEarthIsRefusedAsItIsRead() {
        DataLoads broken = new DataLoads(jdbc, resources,
                new DataSettings("classpath:fixtures/broken-demo-geometry/", true));
        DemoAtlasLoader demo = new DemoAtlasLoader(broken, countries, schemes, observations, placement, publications,
                files, indicators, indicatorValues, translations);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> demo.load()))
                .hasMessageContaining("data/demo/observations.geojson, record 'test-broken-latitude': geometry: "
                        + "latitude 95.0 is outside -90..90");
        assertThat(schemes.findBySlug("test-broken-scheme")).isEmpty();
    }
}
