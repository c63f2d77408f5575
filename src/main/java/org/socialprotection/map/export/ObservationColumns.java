package org.socialprotection.map.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.socialprotection.map.atlas.Language;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.observation.ObservationView;

/** The attributes of an exported observation, the same in every format. The point is always the public one. */
final class ObservationColumns {

    record Column(String name, Function<Feature<ObservationView>, Object> value) {
    }

    /**
     * Title, narrative and place name as written (in the original language), then each of them in every language:
     * the original's text or the published translation, empty where there is none. A file read back in keeps them.
     */
    static final List<Column> ALL = Stream.of(List.of(
            new Column("id", f -> f.properties().id()),
            new Column("kind", f -> f.properties().kind()),
            new Column("title", f -> text(f, f.properties().originalLanguage(), "title")),
            new Column("narrative", f -> text(f, f.properties().originalLanguage(), "narrative")),
            new Column("place_name", f -> text(f, f.properties().originalLanguage(), "placeName")),
            new Column("original_language", f -> f.properties().originalLanguage())),
            translations(),
            List.of(
            new Column("place_type", f -> f.properties().placeType()),
            new Column("privacy", f -> f.properties().privacy()),
            new Column("country", f -> f.properties().country()),
            new Column("longitude", f -> ((Point) f.geometry()).getX()),
            new Column("latitude", f -> ((Point) f.geometry()).getY()),
            new Column("groups", f -> String.join(";", f.properties().groups())),
            new Column("components", f -> String.join(";", f.properties().components())),
            new Column("branches", f -> String.join(";", f.properties().branches())),
            new Column("schemes", f -> f.properties().schemes().stream().map(ObservationView.SchemeRef::name)
                    .collect(Collectors.joining(";"))),
            new Column("observed_from", f -> f.properties().observedFrom()),
            new Column("observed_to", f -> f.properties().observedTo()),
            new Column("sources", f -> f.properties().sources().stream()
                    .map(s -> s.title() + (s.url() == null ? "" : " <" + s.url() + ">"))
                    .collect(Collectors.joining("; "))),
            new Column("demo", f -> f.properties().demo()))).flatMap(List::stream).toList();

    private static List<Column> translations() {
        List<Column> columns = new ArrayList<>();
        for (String field : List.of("title", "narrative", "placeName")) {
            for (Language language : Language.values()) {
                String name = (field.equals("placeName") ? "place_name" : field) + "_" + language.code();
                columns.add(new Column(name, f -> text(f, language.code(), field)));
            }
        }
        return columns;
    }

    private static String text(Feature<ObservationView> f, String language, String field) {
        Map<String, Map<String, String>> texts = f.properties().texts();
        return texts == null ? null : texts.getOrDefault(language, Map.of()).get(field);
    }

    private ObservationColumns() {
    }
}
