package org.socialprotection.map.contribute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Privacy;

/**
 * What someone outside the team sent, as they sent it. It is never shown to the public: an editor decides what
 * becomes of it, and the submitter sees only its status and the reason of a rejection.
 */
@Entity
@Table(name = "submission")
class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SubmissionStatus status = SubmissionStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "worker_group", nullable = false)
    private WorkerGroup group;

    @Column(name = "story", nullable = false)
    private String story;

    @Column(name = "place_name")
    private String placeName;

    @Column(name = "country_iso3")
    private String countryIso3;

    @Column(name = "lon")
    private Double lon;

    @Column(name = "lat")
    private Double lat;

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy", nullable = false)
    private Privacy privacy;

    @Column(name = "observed_on", nullable = false)
    private String observedOn;

    @Column(name = "scheme_name")
    private String schemeName;

    @Column(name = "source_title")
    private String sourceTitle;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "witnessed", nullable = false)
    private boolean witnessed;

    @Column(name = "organisation", nullable = false)
    private String organisation;

    @Column(name = "contact")
    private String contact;

    @Column(name = "contact_deleted_at")
    private Instant contactDeletedAt;

    @Column(name = "language", nullable = false)
    private String language;

    /** "form" or "api". */
    @Column(name = "channel", nullable = false)
    private String channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "public_reason")
    private String publicReason;

    @Column(name = "observation_id")
    private Long observationId;

    protected Submission() {
    }

    Submission(String reference, Instant receivedAt, String channel, String language) {
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.channel = channel;
        this.language = language;
    }

    void describe(Kind kind, WorkerGroup group, String story, String observedOn, String schemeName) {
        this.kind = kind;
        this.group = group;
        this.story = story;
        this.observedOn = observedOn;
        this.schemeName = schemeName;
    }

    void place(String placeName, String countryIso3, Double lon, Double lat, Privacy privacy) {
        this.placeName = placeName;
        this.countryIso3 = countryIso3;
        this.lon = lon;
        this.lat = lat;
        this.privacy = privacy;
    }

    void attribute(String organisation, String contact, String sourceTitle, String sourceUrl, boolean witnessed) {
        this.organisation = organisation;
        this.contact = contact;
        this.sourceTitle = sourceTitle;
        this.sourceUrl = sourceUrl;
        this.witnessed = witnessed;
    }

    void decide(SubmissionStatus status, String editor, Instant at, String publicReason, Long observationId) {
        this.status = status;
        this.decidedBy = editor;
        this.decidedAt = at;
        this.publicReason = publicReason;
        this.observationId = observationId;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public SubmissionStatus getStatus() { return status; }
    public Kind getKind() { return kind; }
    public WorkerGroup getGroup() { return group; }
    public String getStory() { return story; }
    public String getPlaceName() { return placeName; }
    public String getCountryIso3() { return countryIso3; }
    public Double getLon() { return lon; }
    public Double getLat() { return lat; }
    public Privacy getPrivacy() { return privacy; }
    public String getObservedOn() { return observedOn; }
    public String getSchemeName() { return schemeName; }
    public String getSourceTitle() { return sourceTitle; }
    public String getSourceUrl() { return sourceUrl; }
    public boolean isWitnessed() { return witnessed; }
    public String getOrganisation() { return organisation; }
    public String getContact() { return contact; }
    public Instant getContactDeletedAt() { return contactDeletedAt; }
    public String getLanguage() { return language; }
    public String getChannel() { return channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getPublicReason() { return publicReason; }
    public Long getObservationId() { return observationId; }
    public boolean isOpen() { return status == SubmissionStatus.RECEIVED; }
}
