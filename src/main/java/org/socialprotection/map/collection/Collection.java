package org.socialprotection.map.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.AtlasRecord;

/**
 * A curated collection: a theme told through chosen observations, schemes, briefs and podcasts, with its title and
 * introduction per language (English required), a map extent and its sources. It is a record like the others
 * ({@link AtlasRecord}): researchers curate it in the workspace, editors review and publish it, Envers keeps its
 * history, and public outputs show it, and only its published members, once it is published. The demo atlas's
 * collections come from data/demo/collections.json and are marked demo.
 */
@Entity
@Audited
@Table(name = "collection")
public class Collection extends AtlasRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_fr")
    private String titleFr;

    @Column(name = "title_es")
    private String titleEs;

    @Column(name = "introduction_en")
    private String introductionEn;

    @Column(name = "introduction_fr")
    private String introductionFr;

    @Column(name = "introduction_es")
    private String introductionEs;

    @Column(name = "west", nullable = false)
    private double west;

    @Column(name = "south", nullable = false)
    private double south;

    @Column(name = "east", nullable = false)
    private double east;

    @Column(name = "north", nullable = false)
    private double north;

    @ManyToMany
    @JoinTable(name = "collection_observation", joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "observation_id"))
    private Set<Observation> observations = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "collection_scheme", joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "scheme_id"))
    private Set<Scheme> schemes = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "collection_publication", joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "publication_id"))
    private Set<Publication> publications = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "collection_source", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected Collection() {
    }

    public Collection(String slug, String titleEn) {
        if (titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("title.en: a collection needs an English title");
        }
        this.slug = slug;
        this.titleEn = titleEn;
    }

    public void setTitles(String fr, String es) {
        this.titleFr = fr;
        this.titleEs = es;
    }

    public void setIntroductions(String en, String fr, String es) {
        this.introductionEn = en;
        this.introductionFr = fr;
        this.introductionEs = es;
    }

    /** The map extent in degrees, longitude first as in a GeoJSON bbox. */
    public void setExtent(double west, double south, double east, double north) {
        if (!(west >= -180 && east <= 180 && west < east && south >= -90 && north <= 90 && south < north)) {
            throw new IllegalArgumentException("extent: expected [west, south, east, north] in degrees, west < east"
                    + " and south < north, got [" + west + ", " + south + ", " + east + ", " + north + "]");
        }
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
    }

    public String title(Language language) {
        return language.pick(titleEn, titleFr, titleEs);
    }

    /** The introduction in the reader's language, or English where it is not translated. */
    public String introduction(Language language) {
        return language.pick(introductionEn, introductionFr, introductionEs);
    }

    /** The language the title is shown in: the reader's, or English where it is not translated. */
    Language titleLanguage(Language language) {
        return shown(language, titleFr, titleEs);
    }

    Language introductionLanguage(Language language) {
        return shown(language, introductionFr, introductionEs);
    }

    private static Language shown(Language language, String fr, String es) {
        String own = switch (language) {
            case EN -> "en";
            case FR -> fr;
            case ES -> es;
        };
        return own == null || own.isBlank() ? Language.EN : language;
    }

    public double[] extent() {
        return new double[] {west, south, east, north};
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    /** Its page shows its members only when published: publishing it with a draft member would hide that member. */
    @Override
    public List<org.socialprotection.map.workflow.AtlasRecord> linkedRecords() {
        List<org.socialprotection.map.workflow.AtlasRecord> members = new ArrayList<>(observations);
        members.addAll(schemes);
        members.addAll(publications);
        return members;
    }

    public Set<Observation> getObservations() { return observations; }
    public Set<Scheme> getSchemes() { return schemes; }
    public Set<Publication> getPublications() { return publications; }
    public List<Source> getSources() { return sources; }

    @Override
    public String publicPath() { return "/collections/" + slug; }

    public void setSlug(String slug) { this.slug = slug; }
    public String getTitleEn() { return titleEn; }
    public String getTitleFr() { return titleFr; }
    public String getTitleEs() { return titleEs; }
    public String getIntroductionEn() { return introductionEn; }
    public String getIntroductionFr() { return introductionFr; }
    public String getIntroductionEs() { return introductionEs; }

    public void setTitleEn(String titleEn) {
        if (titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("title.en: a collection needs an English title");
        }
        this.titleEn = titleEn;
    }

    @Override
    public String title() {
        return titleEn;
    }

    @Override
    public String reference() {
        return slug;
    }

    @Override
    public List<Source> sources() {
        return sources;
    }
}
