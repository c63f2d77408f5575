package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V11 on a database whose demo atlas was loaded before it (the loader runs once): the demo's child-care
 * observations get their branch and its audit row, other records nothing. On the embedded database, from V10.
 */
class ObservationBranchMigrationTests {

    @Test
    void anAlreadyLoadedDemoAtlasGetsItsChildCareBranches() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:v11-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("10").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO country (iso3, name_en, name_fr, name_es) VALUES ('GHA', 'Ghana', 'Ghana', 'Ghana')");
        jdbc.update("INSERT INTO revision (id, revised_at, username) VALUES (7, CURRENT_TIMESTAMP, 'atlas-loader')");
        for (String slug : new String[] {"accra-market-childcare-guidelines", "accra-kantamanto-head-porters"}) {
            jdbc.update("""
                    INSERT INTO observation (slug, kind, title, location, public_location, place_type, privacy,
                                             country_iso3, status)
                    VALUES (?, 'INCLUSION', ?, ST_GeomFromText('POINT(-0.2 5.55)', 4326),
                            ST_GeomFromText('POINT(-0.2 5.55)', 4326), 'MARKET', 'CITY', 'GHA', 'PUBLISHED')""",
                    slug, slug);
            jdbc.update("INSERT INTO observation_aud (id, rev, revtype, slug) SELECT id, 7, 0, slug FROM observation"
                    + " WHERE slug = ?", slug);
        }

        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();

        assertThat(jdbc.queryForList("SELECT o.slug || ' ' || b.branch FROM observation_branch b"
                + " JOIN observation o ON o.id = b.observation_id", String.class))
                .containsExactly("accra-market-childcare-guidelines CHILD_CARE");
        assertThat(jdbc.queryForList("SELECT rev || ' ' || branch FROM observation_branch_aud", String.class))
                .containsExactly("7 CHILD_CARE");
    }
}
