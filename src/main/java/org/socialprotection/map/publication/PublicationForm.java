package org.socialprotection.map.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workspace.RecordForm;

/** What the brief and podcast form sends: text as typed, validated by {@link PublicationEditor}. */
public class PublicationForm extends RecordForm {

    private String type = "brief";
    private String title;
    private String summary;
    /** ISO 639-1. */
    private String language = "en";
    private String date;
    /** One author a line. */
    private String authors;
    private String url;
    /** Podcasts: seconds, or mm:ss. */
    private String duration;
    /** One segment a line: "5:12 | title | #observation-id or ISO3 country" (the last part optional). */
    private String segments;
    private String transcript;
    private List<String> countries = new ArrayList<>();
    private List<Long> observations = new ArrayList<>();
    private List<Long> schemes = new ArrayList<>();

    static PublicationForm of(Publication p) {
        PublicationForm f = new PublicationForm();
        f.setId(p.getId());
        f.setVersion(p.getVersion());
        f.type = p.getType().code();
        f.title = p.getTitle();
        f.summary = p.getSummary();
        f.language = p.getLanguage();
        f.date = p.getPublishedOn();
        f.authors = String.join("\n", p.getAuthors());
        f.url = p.getUrl();
        f.duration = p.getDurationSeconds() == null ? null : String.valueOf(p.getDurationSeconds());
        f.segments = p.getSegments().stream().map(g -> Segment.clock(
                g.startSeconds()) + " | " + g.title() + (g.observationId() != null ? " | #" + g.observationId()
                : g.countryIso3() != null ? " | " + g.countryIso3() : "")).collect(Collectors.joining("\n"));
        f.transcript = p.getTranscript();
        f.countries = p.getCountries().stream().sorted().collect(Collectors.toList());
        f.observations = p.getObservations().stream().map(Observation::getId).sorted().collect(Collectors.toList());
        f.schemes = p.getSchemes().stream().map(Scheme::getId).sorted().collect(Collectors.toList());
        return f;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getAuthors() { return authors; }
    public void setAuthors(String authors) { this.authors = authors; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getSegments() { return segments; }
    public void setSegments(String segments) { this.segments = segments; }
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
