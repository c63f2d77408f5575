package org.socialprotection.map.web;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class HealthPostgisTests extends HealthTests {

    @Override
    String databaseName() {
        return "PostgreSQL";
    }
}
