package org.socialprotection.map.workspace;

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

/**
 * A new version of a published or in-review record, waiting for an editor: its form's values as JSON, and the
 * record's version they were made against. The record is not touched until an editor publishes it.
 */
@Entity
@Table(name = "record_revision")
class RecordRevision {

    enum Status { PENDING, PUBLISHED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@link RecordType#code()}, as review comments name the type. */
    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "proposed_values", nullable = false)
    private String values;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "note")
    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RecordRevision() {
    }

    RecordRevision(RecordType type, long recordId) {
        this.recordType = type.code();
        this.recordId = recordId;
    }

    /** New values for the record, replacing any this version held: one pending version a record. */
    void propose(String values, long baseVersion, String user, String note) {
        this.values = values;
        this.baseVersion = baseVersion;
        this.createdBy = user;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.note = note;
    }

    void decide(Status decision, String user) {
        this.status = decision;
        this.decidedBy = user;
        this.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    Long getId() { return id; }
    String getRecordType() { return recordType; }
    long getRecordId() { return recordId; }
    String getValues() { return values; }
    long getBaseVersion() { return baseVersion; }
    Status getStatus() { return status; }
    String getNote() { return note; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    String getDecidedBy() { return decidedBy; }
    long getVersion() { return version; }
}
