package org.socialprotection.map.bootstrap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shapes of the files in data/demo, as documented in data/demo/README.md. */
final class DemoFiles {

    private DemoFiles() {
    }

    record SourceEntry(String title, String url, LocalDate accessed) {
    }

    record CoverageEntry(String group, String status, String reason) {
    }

    record FigureEntry(double value, String unit, int year, String group, String sourceTitle, String sourceUrl) {
    }

    record SchemeEntry(String key, String country, String officialName, Map<String, String> names, String acronym,
                       String description, List<String> branches, String type, String participation,
                       List<String> benefitForms, List<CoverageEntry> coverage, List<FigureEntry> effectiveCoverage,
                       String status, String startDate, String endDate, String institution, String legalBasis,
                       List<SourceEntry> sources, boolean demo, String note, List<ReformEntry> reforms) {
    }

    /** A reform; {@code group} and {@code before} only when it changed the law for that group. */
    record ReformEntry(String date, String description, String group, String before, String sourceTitle,
                       String sourceUrl) {
    }

    record ObservationProperties(String key, String kind, String title, String narrative, String placeName,
                                 String placeType, String privacy, String country, List<String> groups,
                                 List<String> schemes, List<String> components, List<String> branches,
                                 String observedFrom, String observedTo, List<SourceEntry> sources, boolean demo,
                                 Map<String, Map<String, String>> translations) {
    }

    /**
     * A brief or podcast. {@code audio} names a file under data/ (only a synthetic one: the demo links real
     * publications and never copies their media), {@code segments} the parts of an episode, {@code translations}
     * its texts in other languages by language and field (title, summary, transcript).
     */
    record PublicationEntry(String key, String type, String title, String summary, String language, String date,
                            List<String> authors, String url, Integer durationSeconds, String transcript,
                            List<String> countries, List<String> observations, List<String> schemes,
                            boolean demo, String audio, List<SegmentEntry> segments,
                            Map<String, Map<String, String>> translations) {
    }

    /** A part of an episode from {@code start} seconds, about an observation (by key) or a country. */
    record SegmentEntry(int start, String title, String observation, String country) {
    }

    record IndicatorEntry(String code, Map<String, String> names, String unit, String description) {
    }

    record ValueEntry(String country, String indicator, int year, double value, String unit, String sourceTitle,
                      String sourceUrl, boolean demo) {
    }

    record IndicatorFile(List<IndicatorEntry> indicators, List<ValueEntry> values) {
    }

    /**
     * A curated collection: {@code titles} and {@code introductions} by language (en required), {@code extent}
     * as [west, south, east, north], links to records of the other files by key.
     */
    record CollectionEntry(String key, Map<String, String> titles, Map<String, String> introductions,
                           List<Double> extent, List<String> observations, List<String> schemes,
                           List<String> publications, List<SourceEntry> sources, boolean demo) {
    }
}
