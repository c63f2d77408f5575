package org.socialprotection.map.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.envers.Audited;
import org.socialprotection.map.atlas.Source;

/**
 * What every record researchers maintain has: an id, a title, a reference, sources, a public page, a publication
 * status, whether it is illustrative demo content, who created and last changed it, and a version that refuses lost
 * updates. The workflow, the workspace lists and the history ask the record, never its class.
 */
@MappedSuperclass
@Audited
public abstract class AtlasRecord {

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

    public abstract Long getId();

    /** What a reader calls the record, in the workspace lists and on its history page. */
    public abstract String title();

    /** How the record appears in another record's links: a slug or a key, which stays readable in a diff. */
    public abstract String reference();

    /** Where its facts come from; a record needs one before review or publication. */
    public abstract List<Source> sources();

    /** Its public page, which answers 404 while the record is not published. */
    public abstract String publicPath();

    /**
     * The records its public page shows as links (an observation's schemes). Public pages never show drafts, so
     * publishing it while one of these is unpublished would drop the link without a word: the workflow refuses.
     */
    public List<? extends AtlasRecord> linkedRecords() {
        return List.of();
    }

    @PrePersist
    void stampCreation() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        createdAt = now;
        updatedAt = now;
        if (updatedBy == null) {
            updatedBy = createdBy;
        }
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Records who creates this record; call before the first save. */
    public void createdBy(String user) {
        this.createdBy = user;
        this.updatedBy = user;
    }

    public void updatedBy(String user) {
        this.updatedBy = user;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public PublicationStatus getStatus() { return status; }
    public void setStatus(PublicationStatus status) { this.status = status; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
