package org.socialprotection.map.history;

import java.util.Arrays;
import java.util.Optional;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.AtlasRecord;

/** The kinds of record that keep a history, by the path segment of their history page. */
public enum HistoryType {
    SCHEME("schemes", Scheme.class),
    OBSERVATION("observations", Observation.class),
    PUBLICATION("publications", Publication.class),
    INDICATOR_VALUE("indicators", IndicatorValue.class);

    private final String segment;
    private final Class<? extends AtlasRecord> entity;

    HistoryType(String segment, Class<? extends AtlasRecord> entity) {
        this.segment = segment;
        this.entity = entity;
    }

    public static Optional<HistoryType> of(String segment) {
        return Arrays.stream(values()).filter(t -> t.segment.equals(segment)).findFirst();
    }

    public static Optional<HistoryType> of(Class<?> entity) {
        return Arrays.stream(values()).filter(t -> t.entity.isAssignableFrom(entity)).findFirst();
    }

    public String segment() {
        return segment;
    }

    public Class<? extends AtlasRecord> entity() {
        return entity;
    }

    /** The history page of a record: link here from the workspace's edit forms. */
    public String historyPath(long id) {
        return "/workspace/history/" + segment + "/" + id;
    }

    /** What a reader calls the record. */
    String title(AtlasRecord record) {
        if (record instanceof Scheme s) {
            return s.getOfficialName();
        }
        if (record instanceof Observation o) {
            return o.getTitle();
        }
        if (record instanceof Publication p) {
            return p.getTitle();
        }
        if (record instanceof IndicatorValue v) {
            return v.getIndicatorCode() + ", " + v.getCountryIso3() + ", " + v.getYear();
        }
        return String.valueOf(record);
    }

    /** How a record appears in another record's links: its slug, which stays readable in a diff. */
    static String reference(Object record) {
        if (record instanceof Scheme s) {
            return s.getSlug();
        }
        if (record instanceof Observation o) {
            return o.getSlug();
        }
        if (record instanceof Publication p) {
            return p.getSlug();
        }
        if (record instanceof IndicatorValue v) {
            return v.getIndicatorCode() + "/" + v.getCountryIso3() + "/" + v.getYear();
        }
        return String.valueOf(record);
    }

    /** The public page of the record (it answers 404 while the record is not published). */
    String publicPath(AtlasRecord record, long id) {
        if (record instanceof Publication p) {
            return "/" + p.getType().code() + "s/" + id;
        }
        if (record instanceof IndicatorValue v) {
            return "/countries/" + v.getCountryIso3();
        }
        return "/" + segment + "/" + id;
    }
}
