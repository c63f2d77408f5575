package org.socialprotection.map.atlas;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Where a fact comes from: every scheme, observation and indicator value carries at least one. */
@Embeddable
public record Source(
        @Column(name = "title", nullable = false) String title,
        @Column(name = "url") String url,
        @Column(name = "accessed") LocalDate accessed) {
}
