package org.socialprotection.map.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * A FeatureCollection written to the response while its features are read, as pg_featureserv does: each feature
 * arrives as GeoJSON text (built by the database where it can) and is copied out as it comes, so a page is never held
 * as a list of features nor as a tree of JSON nodes. The members before the features are known at the start; those
 * after them (numberReturned, numberMatched, the links of the next page) once the features are written. A null
 * member is left out.
 */
public final class StreamedFeatureCollection extends JacksonSerializable.Base {

    /** The features of one page, read when the response is written (inside the source's own transaction). */
    public interface Source {

        /**
         * Hands each feature's text to {@code feature}, in order, and returns numberMatched (null when the matches
         * were not counted) once they are written.
         */
        Long write(Consumer<String> feature);
    }

    /** What follows the features, from how many were returned and matched. */
    public interface Tail {
        Map<String, Object> members(int returned, Long matched);
    }

    private final Map<String, Object> head;
    private final Source source;
    private final Tail tail;

    public StreamedFeatureCollection(Map<String, Object> head, Source source, Tail tail) {
        this.head = head;
        this.source = source;
        this.tail = tail;
    }

    /** As a GeoJSON FeatureCollection of the read API: numberReturned and numberMatched after the features. */
    public static StreamedFeatureCollection of(Source source) {
        return new StreamedFeatureCollection(Map.of("type", "FeatureCollection"), source, (returned, matched) -> {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("numberMatched", matched);
            members.put("numberReturned", returned);
            return members;
        });
    }

    @Override
    public void serialize(JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject();
        members(head, gen, context);
        gen.writeName("features");
        gen.writeStartArray();
        int[] returned = {0};
        Long matched = source.write(feature -> {
            gen.writeRawValue(feature);
            returned[0]++;
        });
        gen.writeEndArray();
        members(tail.members(returned[0], matched), gen, context);
        gen.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializationContext context, TypeSerializer type) {
        serialize(gen, context);
    }

    private static void members(Map<String, Object> members, JsonGenerator gen, SerializationContext context) {
        members.forEach((name, value) -> {
            if (value != null) {
                gen.writeName(name);
                context.writeValue(gen, value);
            }
        });
    }
}
