package org.socialprotection.map.workspace;

import java.util.Arrays;
import java.util.Optional;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.AtlasRecord;

/** The kinds of record researchers maintain, by the path segment of their workspace URLs. */
enum RecordType {
    SCHEMES("schemes", Scheme.class),
    OBSERVATIONS("observations", Observation.class),
    PUBLICATIONS("publications", Publication.class),
    INDICATORS("indicators", IndicatorValue.class);

    final String path;
    final Class<? extends AtlasRecord> entity;

    RecordType(String path, Class<? extends AtlasRecord> entity) {
        this.path = path;
        this.entity = entity;
    }

    static Optional<RecordType> of(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
}
