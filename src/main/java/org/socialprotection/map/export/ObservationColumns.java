package org.socialprotection.map.export;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.observation.ObservationView;

/** The attributes of an exported observation, the same in every format. The point is always the public one. */
final class ObservationColumns {

    record Column(String name, Function<Feature<ObservationView>, Object> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("id", f -> f.properties().id()),
            new Column("kind", f -> f.properties().kind()),
            new Column("title", f -> f.properties().title()),
            new Column("narrative", f -> f.properties().narrative()),
            new Column("place_name", f -> f.properties().placeName()),
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
            new Column("demo", f -> f.properties().demo()));

    private ObservationColumns() {
    }
}
