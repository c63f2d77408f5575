package org.socialprotection.map.importer;

import org.springframework.test.context.TestPropertySource;

/** On a file database, as the embedded default runs. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/benchmarks/atlas;DB_CLOSE_ON_EXIT=FALSE")
class ImportH2Benchmark extends ImportBenchmark {

    @Override
    String database() {
        return "h2";
    }
}
