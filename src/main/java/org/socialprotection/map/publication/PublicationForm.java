package org.socialprotection.map.publication;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workspace.FormRow;
import org.socialprotection.map.workspace.RecordForm;

/** What the brief and podcast form sends: text as typed, validated by {@link PublicationEditor}. */
public class PublicationForm extends RecordForm {

    private String type = "brief";
    private String title;
    private String summary;
    /**
     * Texts in other languages than the original, read by an import (language code, then field); they become
     * translation drafts, never part of the record. The form's page does not bind them.
     */
    private Map<String, Map<String, String>> translations = new LinkedHashMap<>();
    /** ISO 639-1. */
    private String language = "en";
    /**
     * The language of the title and summary (en, fr or es). Left out, it follows {@code language} where that is
     * one of the atlas's languages; a stored record otherwise keeps its own and a new one is in English.
     */
    private String originalLanguage;
    private String date;
    /** One author a line. */
    private String authors;
    private String url;
    /** Podcasts: seconds, or mm:ss. */
    private String duration;
    /** Podcasts: the episode's time-stamped parts, a row each. */
    private List<SegmentRow> segments = new ArrayList<>();
    private String transcript;
    private List<String> countries = new ArrayList<>();
    private List<Long> observations = new ArrayList<>();
    private List<Long> schemes = new ArrayList<>();

    /**
     * One segment of an episode, as the form's row and the JSON API send it: where it starts ("5:12" or seconds),
     * its title, and what it is about, an observation (its id) or a country (ISO3), either or neither.
     */
    public static class SegmentRow implements FormRow {

        private String start;
        private String title;
        private String observation;
        private String country;
        private boolean remove;

        public SegmentRow() {
        }

        static SegmentRow of(Segment g) {
            SegmentRow r = new SegmentRow();
            r.start = Segment.clock(g.startSeconds());
            r.title = g.title();
            r.observation = g.observationId() == null ? null : String.valueOf(g.observationId());
            r.country = g.countryIso3();
            return r;
        }

        @Override
        public boolean blank() {
            return FormRow.blank(start, title, observation, country);
        }

        @Override
        public String toString() {
            return FormRow.joined(start, title, observation == null ? null : "#" + observation.strip(), country);
        }

        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getObservation() { return observation; }
        public void setObservation(String observation) { this.observation = observation; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        @Override
        @JsonIgnore
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    static PublicationForm of(Publication p) {
        PublicationForm f = new PublicationForm();
        f.setId(p.getId());
        f.setVersion(p.getVersion());
        f.type = p.getType().code();
        f.title = p.getTitle();
        f.summary = p.getSummary();
        f.language = p.getLanguage();
        f.originalLanguage = p.getOriginalLanguage().code();
        f.date = p.getPublishedOn();
        f.authors = String.join("\n", p.getAuthors());
        f.url = p.getUrl();
        f.duration = p.getDurationSeconds() == null ? null : String.valueOf(p.getDurationSeconds());
        f.segments = p.getSegments().stream().map(SegmentRow::of).collect(Collectors.toList());
        f.transcript = p.getTranscript();
        f.countries = p.getCountries().stream().sorted().collect(Collectors.toList());
        f.observations = p.getObservations().stream().map(Observation::getId).sorted().collect(Collectors.toList());
        f.schemes = p.getSchemes().stream().map(Scheme::getId).sorted().collect(Collectors.toList());
        return f;
    }

    @Override
    protected void padRows() {
        segments = FormRow.padded(segments, SegmentRow::new);
    }

    @Override
    protected void editRows(String list) {
        segments = FormRow.kept(segments, SegmentRow::new, "segments".equals(list));
    }

    /** The kept segments as one comparable text, a line each, for the conflict box. */
    String segmentsText() {
        return segments == null ? "" : segments.stream().filter(r -> r != null && !r.skipped())
                .map(Object::toString).collect(Collectors.joining("\n"));
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    @JsonIgnore
    public Map<String, Map<String, String>> getTranslations() { return translations; }
    @JsonIgnore
    public void setTranslations(Map<String, Map<String, String>> translations) { this.translations = translations; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getAuthors() { return authors; }
    public void setAuthors(String authors) { this.authors = authors; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public List<SegmentRow> getSegments() { return segments; }
    public void setSegments(List<SegmentRow> segments) { this.segments = segments; }
    public String getDuration() { return duration; }
    public void setDuration(String duration) { this.duration = duration; }
    public String getTranscript() { return transcript; }
    public void setTranscript(String transcript) { this.transcript = transcript; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries; }
    public List<Long> getObservations() { return observations; }
    public void setObservations(List<Long> observations) { this.observations = observations; }
    public List<Long> getSchemes() { return schemes; }
    public void setSchemes(List<Long> schemes) { this.schemes = schemes; }
}
