package org.socialprotection.map.publication;

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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.AtlasRecord;

/** A brief or a podcast episode of the programme's library. */
@Entity
@Audited
@Table(name = "publication")
public class Publication extends AtlasRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_type", nullable = false)
    private PublicationType type;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary")
    private String summary;

    /** ISO 639-1. */
    @Column(name = "language", nullable = false)
    private String language;

    /**
     * The language its title and summary are written in, one of the atlas's; translations are the others. It is
     * the publication's own language when that is English, French or Spanish, unless a researcher says otherwise.
     */
    @Column(name = "original_language", nullable = false)
    private String originalLanguage = Language.EN.code();

    @Column(name = "published_on")
    private String publishedOn;

    @Column(name = "published_year")
    private Integer publishedYear;

    @ElementCollection
    @CollectionTable(name = "publication_author", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @Column(name = "author", nullable = false)
    private List<String> authors = new ArrayList<>();

    @Column(name = "url")
    private String url;

    /** A file in the media store, for uploaded briefs and audio. */
    @Column(name = "file_path")
    private String filePath;

    /** The stored file's media type and size in bytes. */
    @Column(name = "file_type")
    private String fileType;

    @Column(name = "file_size")
    private Long fileSize;

    /** For a stored PDF: its pages, the key of a first-page thumbnail and its text, for search. */
    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "thumbnail_path")
    private String thumbnailPath;

    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "transcript")
    private String transcript;

    @ElementCollection
    @CollectionTable(name = "publication_segment", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    private List<Segment> segments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "publication_country", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "country_iso3", nullable = false)
    private Set<String> countries = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "publication_observation", joinColumns = @JoinColumn(name = "publication_id"),
            inverseJoinColumns = @JoinColumn(name = "observation_id"))
    private Set<Observation> observations = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "publication_scheme", joinColumns = @JoinColumn(name = "publication_id"),
            inverseJoinColumns = @JoinColumn(name = "scheme_id"))
    private Set<Scheme> schemes = new LinkedHashSet<>();

    protected Publication() {
    }

    public Publication(String slug, PublicationType type, String title, String language) {
        this.slug = slug;
        this.type = type;
        this.title = title;
        this.language = language;
        // a French or Spanish brief's title and summary are French or Spanish, wherever it is made from
        Language.of(language).ifPresent(l -> this.originalLanguage = l.code());
    }

    public void setPublishedOn(PartialDate date) {
        this.publishedOn = date == null ? null : date.value();
        this.publishedYear = date == null ? null : date.year();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public PublicationType getType() { return type; }
    public void setType(PublicationType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Language getOriginalLanguage() { return Language.of(originalLanguage).orElse(Language.EN); }
    public void setOriginalLanguage(Language language) { this.originalLanguage = language.code(); }
    public String getPublishedOn() { return publishedOn; }
    public List<String> getAuthors() { return authors; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getFilePath() { return filePath; }
    public String getFileType() { return fileType; }
    public Long getFileSize() { return fileSize; }
    public Integer getPageCount() { return pageCount; }
    public String getThumbnailPath() { return thumbnailPath; }
    public String getExtractedText() { return extractedText; }

    /** Attaches a stored file (its media-store key); the PDF facts are null for audio. */
    public void attachFile(String key, String type, long size, Integer pages, String thumbnail, String text) {
        this.filePath = key;
        this.fileType = type;
        this.fileSize = size;
        this.pageCount = pages;
        this.thumbnailPath = thumbnail;
        this.extractedText = text;
    }
    public Integer getDurationSeconds() { return durationSeconds; }
    public void setDurationSeconds(Integer durationSeconds) { this.durationSeconds = durationSeconds; }
    public String getTranscript() { return transcript; }
    public void setTranscript(String transcript) { this.transcript = transcript; }
    public Set<String> getCountries() { return countries; }
    public List<Segment> getSegments() { return segments; }
    public Set<Observation> getObservations() { return observations; }
    public Set<Scheme> getSchemes() { return schemes; }

    @Override
    public String title() { return title; }

    @Override
    public String reference() { return slug; }

    /** The brief or episode is its own source: its address, or the file stored with it. */
    @Override
    public List<Source> sources() {
        if (url != null) {
            return List.of(new Source(title, url, null));
        }
        return filePath == null ? List.of() : List.of(new Source(title, null, null));
    }

    @Override
    public String publicPath() { return "/" + type.code() + "s/" + id; }
}
