package org.socialprotection.map.geo;

/**
 * A geometry the database has already written as GeoJSON ({@code ST_AsGeoJSON}): copied into a response as it is,
 * so that a list of a thousand points is not parsed into JTS objects only to be written back out.
 */
public record RawGeoJson(String json) {
}
