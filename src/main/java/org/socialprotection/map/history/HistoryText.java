package org.socialprotection.map.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.workflow.AtlasRecord;

/**
 * A field's value as the text a diff shows: enumerations as the labels the caller gives (the reader's language on the
 * history page), "lon, lat" for points, commas for lists.
 */
final class HistoryText {

    private HistoryText() {
    }

    /** With enumerations as their codes. */
    static String of(Object value) {
        return of(value, Coded::code);
    }

    static String of(Object value, Function<Coded, String> label) {
        if (value == null) {
            return "";
        }
        if (value instanceof Coded coded) {
            return label.apply(coded);
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Point point) {
            return point.isEmpty() ? "" : number(point.getX()) + ", " + number(point.getY());
        }
        if (value instanceof Geometry geometry) {
            return geometry.toText();
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof AtlasRecord record) {
            return record.reference();
        }
        if (value instanceof Record record) {
            return components(record, label);
        }
        return value.toString();
    }

    /** A collection's elements, already as text; a set is sorted, so that the same set reads the same each time. */
    static String list(List<String> elements, boolean ordered) {
        List<String> items = new ArrayList<>(elements);
        if (!ordered) {
            items.sort(null);
        }
        return items.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }

    /** An embedded value (a source, the coverage of a group) as its parts in order: "title · url · 2024-05-01". */
    private static String components(Record record, Function<Coded, String> label) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                parts.add(of(component.getAccessor().invoke(record), label));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
            }
        }
        return parts.stream().filter(Objects::nonNull).filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
