package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V30 on a database that already holds observations (ids from the old identity column): the sequence starts above
 * them, and a block Hibernate takes from it begins past any id in use. On the embedded database.
 */
class ObservationIdMigrationTests {

    @Test
    void theSequenceStartsAboveTheObservationsAlreadyStored() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:v30-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("27").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO country (iso3, name_en, name_fr, name_es) VALUES ('GHA', 'Ghana', 'Ghana', 'Ghana')");
        for (int i = 0; i < 3; i++) {
            insert(jdbc, "before-" + i);
        }
        long highest = jdbc.queryForObject("SELECT MAX(id) FROM observation", Long.class);

        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();

        long block = jdbc.queryForObject("SELECT NEXT VALUE FOR observation_seq", Long.class);
        assertThat(block).as("first id of Hibernate's next block").isGreaterThan(highest);
        insert(jdbc, "after");
        assertThat(jdbc.queryForObject("SELECT id FROM observation WHERE slug = 'after'", Long.class))
                .as("the column default takes the next block, past Hibernate's")
                .isGreaterThanOrEqualTo(block + Observation.ID_BLOCK);
    }

    private static void insert(JdbcTemplate jdbc, String slug) {
        jdbc.update("""
                INSERT INTO observation (slug, kind, title, location, public_location, place_type, privacy,
                                         country_iso3, status)
                VALUES (?, 'INCLUSION', ?, ST_GeomFromText('POINT(-0.2 5.55)', 4326),
                        ST_GeomFromText('POINT(-0.2 5.55)', 4326), 'MARKET', 'CITY', 'GHA', 'PUBLISHED')""",
                slug, slug);
    }
}
