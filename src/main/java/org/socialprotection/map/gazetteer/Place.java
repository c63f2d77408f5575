package org.socialprotection.map.gazetteer;

/**
 * A named place from the gazetteer. {@code country} is the ISO 3166-1 alpha-3 code GeoNames gives, which the
 * observation form shows as a hint only: the server derives an observation's country from its point.
 * {@code admin1} is the first-level region (state, province), or null where GeoNames has none.
 */
record Place(String name, double lat, double lon, String country, String admin1) {
}
