package org.socialprotection.map.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change set committed to the audited records: when, and by whom. Envers writes it; see {@link RevisionUser}. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUser.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "username", nullable = false)
    private String username;

    /** True while the user is a stand-in because nobody was signed in; the first changed record may name one. */
    @Transient
    private boolean unattended;

    protected Revision() {
    }

    public long getId() { return id; }
    public Instant getRevisedAt() { return revisedAt; }
    public String getUsername() { return username; }

    void signedBy(String username, boolean unattended) {
        this.username = username;
        this.unattended = unattended;
    }

    boolean isUnattended() { return unattended; }
}
