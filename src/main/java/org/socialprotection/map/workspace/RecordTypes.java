package org.socialprotection.map.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.stereotype.Component;

/** The record types of the atlas, built from the registered editors. */
@Component
public class RecordTypes {

    private final Map<String, RecordType> bySegment = new LinkedHashMap<>();

    /** Spring gives the editors in the order of their {@code @Order}, which is the order of the lists. */
    RecordTypes(List<RecordEditor<?, ?>> registered) {
        registered.forEach(e -> bySegment.put(e.type().segment(), e.type()));
    }

    public List<RecordType> all() {
        return List.copyOf(bySegment.values());
    }

    public Optional<RecordType> of(String segment) {
        return Optional.ofNullable(bySegment.get(segment));
    }

    /** The type of a stored record. */
    RecordType of(AtlasRecord record) {
        return bySegment.values().stream().filter(t -> t.entity().isInstance(Hibernate.unproxy(record))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no editor registered for " + record.getClass()));
    }

    /** The type of a path segment; 404 for a segment no editor registered. */
    public RecordType named(String segment) {
        return of(segment).orElseThrow(() -> new NotFoundException("record type", segment));
    }
}
