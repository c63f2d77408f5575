package org.socialprotection.map.importer;

/** How a survey tool writes a place and a day, read as the atlas keeps them: geopoint, time stamp, decimal comma. */
final class SurveyValues {

    private SurveyValues() {
    }

    /**
     * A survey geopoint: "lat lon alt acc" (ODK, KoboToolbox's CSV), "[lat, lon]" (KoboToolbox's _geolocation) or
     * "lat,lon"; a decimal comma is read where spaces separate the numbers.
     */
    static String[] geopoint(String text) {
        String t = text.trim().replaceAll("^\\[|]$", "").trim();
        String[] parts = t.split("\\s*;\\s*|,\\s+|\\s+");
        return parts.length >= 2 ? parts : t.split(",");
    }

    /**
     * A survey tool's time stamp ("2024-03-05T10:12:33.000+00:00", KoboToolbox's start and end) is the day it
     * names: the atlas keeps dates, not times.
     */
    static String day(String text) {
        return text != null && text.trim().matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*")
                ? text.trim().substring(0, 10) : text;
    }

    /** A decimal comma is a decimal point in a coordinate. */
    static String decimal(String text) {
        return text == null || text.isBlank() ? null : text.trim().replace(',', '.');
    }

    /** A coordinate as a number; none when blank or not a number. */
    static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
