package org.socialprotection.map.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class PageCachePostgisTests extends PageCacheTests {

    /** PostgreSQL's trigger adds one row a transaction, however many statements and tables it writes. */
    @Test
    void aTransactionAddsOneRowHoweverManyTablesItWrites() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM atlas_change", Long.class);
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE country SET name_fr = name_fr WHERE iso3 = 'GHA'");
            jdbc.update("UPDATE country SET name_es = name_es WHERE iso3 = 'KEN'");
            jdbc.update("UPDATE observation SET title = title WHERE id IN (SELECT MIN(id) FROM observation)");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM atlas_change", Long.class)).isEqualTo(before + 1);
    }
}
