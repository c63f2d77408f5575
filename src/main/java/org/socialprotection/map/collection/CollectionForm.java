package org.socialprotection.map.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordForm;
import org.socialprotection.map.workspace.FormRow;
import org.socialprotection.map.workspace.SourceLines;
import org.socialprotection.map.workspace.SourceRow;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What the collection form and the JSON API send: text as typed, validated by {@link CollectionEditor}. */
public class CollectionForm extends RecordForm {

    /** Blank on a new collection: made from the English title. */
    private String slug;
    private String titleEn;
    private String titleFr;
    private String titleEs;
    private String introductionEn;
    private String introductionFr;
    private String introductionEs;
    /** The extent in degrees, as typed. */
    private String west;
    private String south;
    private String east;
    private String north;
    /** Frame the chosen observations instead of the four numbers, at this save. */
    private boolean extentFromObservations;
    private List<Long> observations = new ArrayList<>();
    private List<Long> schemes = new ArrayList<>();
    /** Briefs and podcast episodes. */
    private List<Long> publications = new ArrayList<>();
    /** Its sources, a row each; see {@link SourceLines} for what the JSON API takes. */
    @JsonDeserialize(using = SourceLines.class)
    private List<SourceRow> sources = new ArrayList<>();

    static CollectionForm of(Collection c) {
        CollectionForm f = new CollectionForm();
        f.setId(c.getId());
        f.setVersion(c.getVersion());
        f.slug = c.getSlug();
        f.titleEn = c.getTitleEn();
        f.titleFr = c.getTitleFr();
        f.titleEs = c.getTitleEs();
        f.introductionEn = c.getIntroductionEn();
        f.introductionFr = c.getIntroductionFr();
        f.introductionEs = c.getIntroductionEs();
        double[] e = c.extent();
        f.west = FieldChecks.plainNumber(e[0]);
        f.south = FieldChecks.plainNumber(e[1]);
        f.east = FieldChecks.plainNumber(e[2]);
        f.north = FieldChecks.plainNumber(e[3]);
        f.observations = c.getObservations().stream().map(Observation::getId).sorted().collect(Collectors.toList());
        f.schemes = c.getSchemes().stream().map(Scheme::getId).sorted().collect(Collectors.toList());
        f.publications = c.getPublications().stream().map(Publication::getId).sorted()
                .collect(Collectors.toList());
        f.sources = SourceRow.of(c.getSources());
        return f;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleEs() { return titleEs; }
    public void setTitleEs(String titleEs) { this.titleEs = titleEs; }
    public String getIntroductionEn() { return introductionEn; }
    public void setIntroductionEn(String introductionEn) { this.introductionEn = introductionEn; }
    public String getIntroductionFr() { return introductionFr; }
    public void setIntroductionFr(String introductionFr) { this.introductionFr = introductionFr; }
    public String getIntroductionEs() { return introductionEs; }
    public void setIntroductionEs(String introductionEs) { this.introductionEs = introductionEs; }
    public String getWest() { return west; }
    public void setWest(String west) { this.west = west; }
    public String getSouth() { return south; }
    public void setSouth(String south) { this.south = south; }
    public String getEast() { return east; }
    public void setEast(String east) { this.east = east; }
    public String getNorth() { return north; }
    public void setNorth(String north) { this.north = north; }
    public boolean isExtentFromObservations() { return extentFromObservations; }
    public void setExtentFromObservations(boolean extentFromObservations) {
        this.extentFromObservations = extentFromObservations;
    }
    public List<Long> getObservations() { return observations; }
    public void setObservations(List<Long> observations) { this.observations = observations; }
    public List<Long> getSchemes() { return schemes; }
    public void setSchemes(List<Long> schemes) { this.schemes = schemes; }
    public List<Long> getPublications() { return publications; }
    public void setPublications(List<Long> publications) { this.publications = publications; }
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
}
