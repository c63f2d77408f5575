package org.socialprotection.map.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.envers.Audited;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workflow.PublicationStatus;

/**
 * One text field of one record in one language other than the record's original. Researchers edit the working
 * text; readers get the published text, which only an editor's publication sets, so that a published translation
 * stays in place while its next version waits for review. The hash of the original it was made from tells when the
 * original has changed since.
 */
@Entity
@Audited
@Table(name = "translation")
class Translation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "field", nullable = false)
    private String field;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "working_text")
    private String workingText;

    @Column(name = "published_text")
    private String publishedText;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Translation() {
    }

    Translation(String recordType, long recordId, String field, Language language, String user) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.field = field;
        this.language = language.code();
        this.createdBy = user;
        this.createdAt = now();
    }

    /** A new working text, made from the original whose hash is given; it waits for review again. */
    void write(String text, String originalHash, String user) {
        this.workingText = text;
        this.sourceHash = originalHash;
        this.status = PublicationStatus.DRAFT;
        this.updatedBy = user;
        this.updatedAt = now();
    }

    void submit(String user) {
        this.status = PublicationStatus.IN_REVIEW;
        this.updatedBy = user;
        this.updatedAt = now();
    }

    /** What readers get from now on: the working text as it stands. */
    void publish(String user) {
        this.publishedText = workingText;
        this.status = PublicationStatus.PUBLISHED;
        this.publishedBy = user;
        this.publishedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    Long getId() { return id; }
    String getRecordType() { return recordType; }
    long getRecordId() { return recordId; }
    String getField() { return field; }
    Language getLanguage() { return Language.of(language).orElseThrow(); }
    String getWorkingText() { return workingText; }
    String getPublishedText() { return publishedText; }
    PublicationStatus getStatus() { return status; }
    String getSourceHash() { return sourceHash; }
    String getUpdatedBy() { return updatedBy; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
