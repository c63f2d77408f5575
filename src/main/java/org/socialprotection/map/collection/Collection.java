package org.socialprotection.map.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.PublicationStatus;

/**
 * A curated collection: a theme told through chosen observations, schemes, briefs and podcasts. Its title and
 * introduction are written per language, English required. It has the workflow's status (public outputs show
 * published collections only) and the demo flag, but it is not yet an {@code AtlasRecord}: collections are loaded
 * from data/ and not edited in the workspace, which would need an editor, a review and Envers history.
 */
@Entity
@Table(name = "collection")
public class Collection {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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
    public Set<Observation> getObservations() { return observations; }
    public Set<Scheme> getSchemes() { return schemes; }
    public Set<Publication> getPublications() { return publications; }
    public List<Source> getSources() { return sources; }

    public PublicationStatus getStatus() { return status; }
    public void setStatus(PublicationStatus status) { this.status = status; }
    public boolean isPublished() { return status == PublicationStatus.PUBLISHED; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public String publicPath() { return "/collections/" + slug; }

    /** Records who creates this collection; call before the first save. */
    public void createdBy(String user) {
        this.createdBy = user;
        this.updatedBy = user;
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
