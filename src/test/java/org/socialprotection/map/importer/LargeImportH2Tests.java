package org.socialprotection.map.importer;

import org.springframework.test.context.TestPropertySource;

/**
 * On a file database, like the embedded default: an in-memory H2 keeps every row on the heap, so its memory would
 * say nothing about the import's.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/large-import/atlas;DB_CLOSE_ON_EXIT=FALSE")
class LargeImportH2Tests extends LargeImportTests {
}
