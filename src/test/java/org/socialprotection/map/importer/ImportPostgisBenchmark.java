package org.socialprotection.map.importer;

import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ImportPostgisBenchmark extends ImportBenchmark {

    @Override
    String database() {
        return "postgis";
    }
}
