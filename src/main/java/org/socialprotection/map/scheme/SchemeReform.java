package org.socialprotection.map.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.socialprotection.map.atlas.WorkerGroup;

/**
 * A dated change to a scheme, with its source. When it changed what the law does for a worker group, {@code group}
 * names the group and {@code before} says how the law treated it until then ({@code null}: the law did not name the
 * group); see {@link CoverageAsOf} for how the state in a given year follows.
 */
@Embeddable
public record SchemeReform(
        @Column(name = "reform_date", nullable = false) String date,
        @Column(name = "reform_year", nullable = false) int year,
        @Column(name = "description", nullable = false) String description,
        @Enumerated(EnumType.STRING) @Column(name = "worker_group") WorkerGroup group,
        @Enumerated(EnumType.STRING) @Column(name = "status_before") CoverageStatus before,
        @Column(name = "source_title", nullable = false) String sourceTitle,
        @Column(name = "source_url") String sourceUrl) implements CoverageAsOf.Change {

    public boolean changesCoverage() {
        return group != null;
    }

    @Override
    public WorkerGroup changedGroup() {
        return group;
    }

    @Override
    public CoverageStatus statusBefore() {
        return before;
    }
}
