package org.socialprotection.map.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.PostgisTest;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of each country (country layer, countries index, country pages) are counted once per committed change of
 * the atlas, not per request: a row written without the trigger that notes changes is not counted until the atlas
 * changes, and a change made the usual way is counted at once. PostgreSQL, where a session can write past triggers.
 */
@AtlasTest
@PostgisTest
class CountryCountsPostgisTests {

    @Autowired CountryReader countries;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM observation WHERE slug LIKE 'test-counts-%'");
    }

    private long inclusions() {
        return countries.get("GHA", Language.EN).properties().counts().inclusions();
    }

    /** A published inclusion in Ghana, written on one connection with triggers off: the atlas does not change. */
    private void insertUnnoticed(String slug) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (var statement = c.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                statement.execute("""
                        INSERT INTO observation (slug, kind, title, location, public_location, place_type, privacy,
                                                 country_iso3, status)
                        VALUES ('%s', 'INCLUSION', 'Unnoticed', ST_GeomFromText('POINT(-0.19 5.6)', 4326),
                                ST_GeomFromText('POINT(-0.19 5.6)', 4326), 'MARKET', 'EXACT', 'GHA', 'PUBLISHED')
                        """.formatted(slug));
            } finally {
                try (var statement = c.createStatement()) {
                    statement.execute("SET session_replication_role = DEFAULT");
                }
            }
            return null;
        });
    }

    @Test
    void theCountsAreCountedOncePerChangeOfTheAtlas() throws Exception {
        long before = inclusions();
        insertUnnoticed("test-counts-unnoticed");
        assertThat(inclusions()).as("kept: nothing the atlas noted has changed").isEqualTo(before);

        // any committed change of the atlas, as the triggers note it, counts again
        jdbc.update("INSERT INTO atlas_change (id) VALUES (nextval('atlas_change_seq'))");
        assertThat(inclusions()).isEqualTo(before + 1);

        // a publication made the usual way is counted at once, on the API and on the page
        fixtures.observation("test-counts-published", Kind.INCLUSION, -0.19, 5.6, "GHA", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        assertThat(inclusions()).isEqualTo(before + 2);
        mvc.perform(get("/api/countries/GHA")).andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.counts.inclusions").value(before + 2));
        mvc.perform(get("/api/countries")).andExpect(status().isOk())
                .andExpect(jsonPath("$.features[?(@.id == 'GHA')].properties.counts.inclusions").value(contains((int) before + 2)));

        jdbc.update("DELETE FROM observation WHERE slug = 'test-counts-published'");
        assertThat(inclusions()).as("an unpublish or removal too").isEqualTo(before + 1);
    }

    /** The counts read the index of observations by status, country and kind alone (V36), not the wide rows. */
    @Test
    void theCountsReadOnlyAnIndex() {
        String plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL enable_bitmapscan = off");
            return String.join("\n", jdbc.queryForList("EXPLAIN " + CountryQueries.OBSERVATION_COUNTS, String.class));
        });
        assertThat(plan).contains("Index Only Scan using observation_status_country_kind");
    }

    /** A transaction that writes sees its own writes counted, and they are not kept for others if it rolls back. */
    @Test
    void aWritingTransactionCountsItsOwnWritesAndKeepsNothing() {
        long before = inclusions();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            fixtures.observation("test-counts-rolled-back", Kind.INCLUSION, -0.19, 5.6, "GHA", Privacy.EXACT,
                    PublicationStatus.PUBLISHED);
            assertThat(inclusions()).isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        assertThat(inclusions()).isEqualTo(before);
    }
}
