package org.socialprotection.map.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.socialprotection.map.atlas.WorkerGroup;

/** Legal coverage of one worker group, with the reason where it is partial or excluded. */
@Embeddable
public record GroupCoverage(
        @Enumerated(EnumType.STRING) @Column(name = "worker_group", nullable = false) WorkerGroup group,
        @Enumerated(EnumType.STRING) @Column(name = "coverage_status", nullable = false) CoverageStatus status,
        @Column(name = "reason") String reason) {
}
