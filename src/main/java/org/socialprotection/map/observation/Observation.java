package org.socialprotection.map.observation;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.AtlasRecord;

/** A place where informal workers found inclusion in social protection, or met exclusion. */
@Entity
@Audited
@Table(name = "observation")
public class Observation extends AtlasRecord {

    /** Ids Hibernate takes per call of the sequence: the sequence's INCREMENT (V30), checked by Hibernate at start. */
    static final int ID_BLOCK = 50;

    /**
     * From a sequence read {@value #ID_BLOCK} at a time, so that a bulk import's inserts are batched (an identity
     * column costs a round trip per row); plain SQL inserts take the same sequence as the column default (V30).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_seq")
    @SequenceGenerator(name = "observation_seq", sequenceName = "observation_seq", allocationSize = ID_BLOCK)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "narrative")
    private String narrative;

    /** The exact point: never leaves the server for the public. */
    @Column(name = "location", nullable = false)
    private Point location;

    @Column(name = "public_location", nullable = false)
    private Point publicLocation;

    @Column(name = "place_name")
    private String placeName;

    /** The language its title, narrative and place name are written in; translations are kept apart. */
    @Column(name = "original_language", nullable = false)
    private String originalLanguage = Language.EN.code();

    @Enumerated(EnumType.STRING)
    @Column(name = "place_type", nullable = false)
    private PlaceType placeType = PlaceType.OTHER;

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy", nullable = false)
    private Privacy privacy = Privacy.EXACT;

    @Column(name = "country_iso3", nullable = false)
    private String countryIso3;

    @ElementCollection
    @CollectionTable(name = "observation_group", joinColumns = @JoinColumn(name = "observation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "worker_group", nullable = false)
    private Set<WorkerGroup> groups = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "observation_component", joinColumns = @JoinColumn(name = "observation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "component", nullable = false)
    private Set<Component> components = new LinkedHashSet<>();

    /** Its own themes; the branch filter also matches the branches of its linked schemes. */
    @ElementCollection
    @CollectionTable(name = "observation_branch", joinColumns = @JoinColumn(name = "observation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "branch", nullable = false)
    private Set<Branch> branches = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "observation_scheme", joinColumns = @JoinColumn(name = "observation_id"),
            inverseJoinColumns = @JoinColumn(name = "scheme_id"))
    private Set<Scheme> schemes = new LinkedHashSet<>();

    @Column(name = "observed_from")
    private String observedFrom;

    @Column(name = "from_year")
    private Integer fromYear;

    @Column(name = "observed_to")
    private String observedTo;

    @Column(name = "to_year")
    private Integer toYear;

    @ElementCollection
    @CollectionTable(name = "observation_source", joinColumns = @JoinColumn(name = "observation_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    /** The id of the survey record it was imported from (a KoboToolbox _uuid, say), which a re-import updates by. */
    @Column(name = "survey_record_id", unique = true)
    private String surveyRecordId;

    protected Observation() {
    }

    public Observation(String slug, Kind kind, String title) {
        this.slug = slug;
        this.kind = kind;
        this.title = title;
    }

    /** Places the observation; the public point follows the privacy level. Use {@link ObservationPlacement}. */
    void place(Point location, Privacy privacy, String countryIso3) {
        this.location = location;
        this.privacy = privacy;
        this.publicLocation = privacy.coarsen(location);
        this.countryIso3 = countryIso3;
    }

    /** A period of observation; the end may be absent for a single date. */
    public void setObserved(PartialDate from, PartialDate to) {
        if (from == null && to != null) {
            throw new IllegalArgumentException("an end date needs a start date");
        }
        if (from != null && to != null && to.value().compareTo(from.value()) < 0) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
        this.observedFrom = from == null ? null : from.value();
        this.fromYear = from == null ? null : from.year();
        this.observedTo = to == null ? null : to.value();
        this.toYear = to == null ? null : to.year();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public Point getLocation() { return location; }
    public Point getPublicLocation() { return publicLocation; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public Language getOriginalLanguage() { return Language.of(originalLanguage).orElse(Language.EN); }
    public void setOriginalLanguage(Language language) { this.originalLanguage = language.code(); }
    public PlaceType getPlaceType() { return placeType; }
    public void setPlaceType(PlaceType placeType) { this.placeType = placeType; }
    public Privacy getPrivacy() { return privacy; }
    public String getCountryIso3() { return countryIso3; }
    public Set<WorkerGroup> getGroups() { return groups; }
    public Set<Component> getComponents() { return components; }
    public Set<Branch> getBranches() { return branches; }
    public Set<Scheme> getSchemes() { return schemes; }
    public String getObservedFrom() { return observedFrom; }
    public String getObservedTo() { return observedTo; }
    public List<Source> getSources() { return sources; }
    public String getSurveyRecordId() { return surveyRecordId; }
    public void setSurveyRecordId(String surveyRecordId) { this.surveyRecordId = surveyRecordId; }

    @Override
    public String title() { return title; }

    @Override
    public List<Scheme> linkedRecords() { return List.copyOf(schemes); }

    @Override
    public String reference() { return slug; }

    @Override
    public List<Source> sources() { return sources; }

    @Override
    public String publicPath() { return "/observations/" + id; }
}
