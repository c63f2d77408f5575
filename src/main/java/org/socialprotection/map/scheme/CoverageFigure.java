package org.socialprotection.map.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.socialprotection.map.atlas.WorkerGroup;

/** Effective coverage: how many are actually covered, by year, with the source of the figure. */
@Embeddable
public record CoverageFigure(
        @Column(name = "figure_value", nullable = false) double value,
        @Column(name = "unit", nullable = false) String unit,
        @Column(name = "figure_year", nullable = false) int year,
        @Enumerated(EnumType.STRING) @Column(name = "worker_group") WorkerGroup group,
        @Column(name = "source_title", nullable = false) String sourceTitle,
        @Column(name = "source_url") String sourceUrl) {
}
