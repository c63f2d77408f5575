package org.socialprotection.map.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the app knows of a stored file; the original name is kept, sanitised, to name a download. */
@Entity
@Table(name = "media_file")
public class MediaFile {

    @Id
    @Column(name = "storage_key")
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MediaKind kind;

    @Column(name = "byte_size", nullable = false)
    private long size;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MediaFile() {
    }

    MediaFile(String key, MediaKind kind, long size, String originalName, String sha256, String createdBy) {
        this.key = key;
        this.kind = kind;
        this.size = size;
        this.originalName = originalName;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public String getKey() { return key; }
    public MediaKind getKind() { return kind; }
    public long getSize() { return size; }
    public String getOriginalName() { return originalName; }
    public String getSha256() { return sha256; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
