package org.socialprotection.map.gazetteer;

/**
 * A named place from the gazetteer or from the atlas itself. {@code country} is the ISO 3166-1 alpha-3 code, which
 * the observation form shows as a hint only: the server derives an observation's country from its point.
 * {@code admin1} is the first-level region (state, province), or null where there is none.
 * {@code kind} is {@code city} or {@code neighbourhood} (GeoNames' PPLX, a section of a populated place) from
 * GeoNames, {@code market} or {@code place} from the atlas; {@code near} is the city a neighbourhood belongs to,
 * or null. {@code source} is {@code geonames} or {@code atlas}: a place named in a published observation.
 */
record Place(String name, double lat, double lon, String country, String admin1, String kind, String near,
             String source) {

    static final String CITY = "city";
    static final String NEIGHBOURHOOD = "neighbourhood";
    static final String MARKET = "market";
    static final String PLACE = "place";
    static final String GEONAMES = "geonames";
    static final String ATLAS = "atlas";
}
