package org.socialprotection.map.importer;

import org.springframework.test.context.TestPropertySource;

/** On a file database, as the embedded default runs. H2 has no COPY: that column stays empty. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/benchmarks/atlas;DB_CLOSE_ON_EXIT=FALSE")
class ImportH2Benchmark extends ImportBenchmark {

    @Override
    String database() {
        return "h2";
    }

    @Override
    String nextIds() {
        return "SELECT NEXT VALUE FOR observation_seq FROM SYSTEM_RANGE(1, ?)";
    }
}
