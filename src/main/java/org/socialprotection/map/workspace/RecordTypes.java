package org.socialprotection.map.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.stereotype.Component;

/** The record types of the atlas, built from the registered editors. */
@Component
public class RecordTypes {

    private final Map<String, RecordEditor<?, ?>> editors = new LinkedHashMap<>();

    /** Spring gives the editors in the order of their {@code @Order}, which is the order of the lists. */
    RecordTypes(List<RecordEditor<?, ?>> registered) {
        registered.forEach(e -> editors.put(e.type().segment(), e));
    }

    public List<RecordType> all() {
        return editors.values().stream().map(RecordEditor::type).toList();
    }

    public Optional<RecordType> of(String segment) {
        return Optional.ofNullable(editors.get(segment)).map(RecordEditor::type);
    }

    /** The type of a path segment; 404 for a segment no editor registered. */
    public RecordType named(String segment) {
        return of(segment).orElseThrow(() -> new NotFoundException("record type", segment));
    }

    /** The type of a stored class, or of a subclass (a Hibernate proxy). */
    public Optional<RecordType> of(Class<?> entity) {
        return all().stream().filter(t -> t.entity().isAssignableFrom(entity)).findFirst();
    }

    public RecordType ofCode(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no editor registers the record type " + code));
    }
}
