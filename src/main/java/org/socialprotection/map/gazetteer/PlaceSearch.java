package org.socialprotection.map.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.socialprotection.map.observation.PublishedPlaces;
import org.springframework.stereotype.Service;

/**
 * The place search of the observation form: GeoNames' cities and neighbourhoods, and the places named in the
 * atlas's own published observations, which is where markets come from (no GeoNames extract with its MKT features
 * ships with the app).
 */
@Service
class PlaceSearch {

    private final Gazetteer gazetteer;
    private final PublishedPlaces published;

    PlaceSearch(Gazetteer gazetteer, PublishedPlaces published) {
        this.gazetteer = gazetteer;
        this.published = published;
    }

    /**
     * A GeoNames place named exactly as typed comes first ("accra" is the city), then the atlas's places, which are
     * few and precise, then the other GeoNames matches.
     */
    List<Place> search(PlaceQuery query) {
        List<Place> geonames = gazetteer.search(query.text(), query.country(), query.limit());
        String typed = Gazetteer.fold(query.text());
        List<Place> ranked = new ArrayList<>(query.limit());
        geonames.stream().filter(p -> Gazetteer.fold(p.name()).equals(typed)).forEach(ranked::add);
        for (PublishedPlaces.Named named : published.matching(query.text(), query.country(), query.limit())) {
            ranked.add(new Place(named.name(), round(named.lat()), round(named.lon()), named.country(), null,
                    named.market() ? Place.MARKET : Place.PLACE, null, Place.ATLAS));
        }
        geonames.stream().filter(p -> !Gazetteer.fold(p.name()).equals(typed)).forEach(ranked::add);
        return ranked.size() > query.limit() ? List.copyOf(ranked.subList(0, query.limit())) : ranked;
    }

    /** Five decimals, about a metre, as the form writes a clicked point. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
