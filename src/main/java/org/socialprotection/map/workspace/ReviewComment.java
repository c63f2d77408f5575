package org.socialprotection.map.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An editor's word on a record: why it went back to draft, or why it was unpublished. */
@Entity
@Table(name = "review_comment")
class ReviewComment {

    /** The longest comment the column holds. */
    static final int MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@link RecordType#code()}: the types come from the registered editors, not from an enumeration. */
    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "transition", nullable = false)
    private Transition transition;

    @Column(name = "comment")
    private String comment;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ReviewComment() {
    }

    ReviewComment(RecordType recordType, long recordId, Transition transition, String comment, String author) {
        this.recordType = recordType.code();
        this.recordId = recordId;
        this.transition = transition;
        this.comment = comment;
        this.author = author;
    }

    Transition getTransition() { return transition; }
    String getComment() { return comment; }
    String getAuthor() { return author; }
    Instant getCreatedAt() { return createdAt; }
}
