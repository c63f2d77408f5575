package org.socialprotection.map.observation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workspace.RecordForm;
import org.socialprotection.map.workspace.FormRow;
import org.socialprotection.map.workspace.SourceLines;
import org.socialprotection.map.workspace.SourceRow;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What the observation form sends: text as typed, validated by {@link ObservationEditor}. */
public class ObservationForm extends RecordForm {

    private String title;
    private String kind = "inclusion";
    private String narrative;
    private String placeName;
    /**
     * The language title, narrative and place name are written in: en, fr or es. Left out (a script, an import),
     * a stored record keeps its own and a new one is in English.
     */
    private String originalLanguage;
    private String placeType = "market";
    private String privacy = "approximate";
    private String lon;
    private String lat;
    private String country;
    private List<String> groups = new ArrayList<>();
    private List<String> components = new ArrayList<>();
    private List<String> branches = new ArrayList<>();
    private List<Long> schemes = new ArrayList<>();
    /** The scheme picker's filters, never saved: words of a scheme's name, and a country ("*" for every one). */
    private String schemeQuery;
    private String schemeCountry;
    private String observedFrom;
    private String observedTo;
    /** Its sources, a row each; see {@link SourceLines} for what the JSON API takes. */
    @JsonDeserialize(using = SourceLines.class)
    private List<SourceRow> sources = new ArrayList<>();
    /** Set by the importer only: the survey tool's id of the record; a form that leaves it null keeps the stored one. */
    private String surveyRecordId;
    /**
     * Texts in other languages than the original, read by an import (language code, then field: title, narrative,
     * placeName); they become translation drafts, never part of the record. The form's page does not bind them.
     */
    private Map<String, Map<String, String>> translations = new LinkedHashMap<>();

    static ObservationForm of(Observation o) {
        ObservationForm f = new ObservationForm();
        f.setId(o.getId());
        f.setVersion(o.getVersion());
        f.title = o.getTitle();
        f.kind = o.getKind().code();
        f.narrative = o.getNarrative();
        f.placeName = o.getPlaceName();
        f.originalLanguage = o.getOriginalLanguage().code();
        f.placeType = o.getPlaceType().code();
        f.privacy = o.getPrivacy().code();
        f.lon = String.valueOf(o.getLocation().getX());
        f.lat = String.valueOf(o.getLocation().getY());
        f.country = o.getCountryIso3();
        f.groups = o.getGroups().stream().map(Coded::code).sorted().collect(Collectors.toList());
        f.components = o.getComponents().stream().map(Coded::code).sorted().collect(Collectors.toList());
        f.branches = o.getBranches().stream().map(Coded::code).sorted().collect(Collectors.toList());
        f.schemes = o.getSchemes().stream().map(Scheme::getId).sorted().collect(Collectors.toList());
        f.observedFrom = o.getObservedFrom();
        f.observedTo = o.getObservedTo();
        f.sources = SourceRow.of(o.getSources());
        f.surveyRecordId = o.getSurveyRecordId();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public String getPlaceType() { return placeType; }
    public void setPlaceType(String placeType) { this.placeType = placeType; }
    public String getPrivacy() { return privacy; }
    public void setPrivacy(String privacy) { this.privacy = privacy; }
    public String getLon() { return lon; }
    public void setLon(String lon) { this.lon = lon; }
    public String getLat() { return lat; }
    public void setLat(String lat) { this.lat = lat; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public List<String> getGroups() { return groups; }
    public void setGroups(List<String> groups) { this.groups = groups; }
    public List<String> getComponents() { return components; }
    public void setComponents(List<String> components) { this.components = components; }
    public List<String> getBranches() { return branches; }
    public void setBranches(List<String> branches) { this.branches = branches; }
    public String getSchemeQuery() { return schemeQuery; }
    public void setSchemeQuery(String schemeQuery) { this.schemeQuery = schemeQuery; }
    public String getSchemeCountry() { return schemeCountry; }
    public void setSchemeCountry(String schemeCountry) { this.schemeCountry = schemeCountry; }
    public List<Long> getSchemes() { return schemes; }
    public void setSchemes(List<Long> schemes) { this.schemes = schemes; }
    public String getObservedFrom() { return observedFrom; }
    public void setObservedFrom(String observedFrom) { this.observedFrom = observedFrom; }
    public String getObservedTo() { return observedTo; }
    public void setObservedTo(String observedTo) { this.observedTo = observedTo; }
    @Override
    protected void padRows() {
        sources = FormRow.padded(sources, SourceRow::new);
    }

    @Override
    protected void editRows(String list) {
        sources = FormRow.kept(sources, SourceRow::new, "sources".equals(list));
    }

    public List<SourceRow> getSources() { return sources; }
    public void setSources(List<SourceRow> sources) { this.sources = sources; }
    @JsonIgnore
    public Map<String, Map<String, String>> getTranslations() { return translations; }
    @JsonIgnore
    public void setTranslations(Map<String, Map<String, String>> translations) { this.translations = translations; }
    public String getSurveyRecordId() { return surveyRecordId; }
    public void setSurveyRecordId(String surveyRecordId) { this.surveyRecordId = surveyRecordId; }
}
