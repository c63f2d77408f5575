package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.Coded;

/** How the law treats a group of workers under a scheme. */
public enum CoverageStatus implements Coded {
    COVERED, VOLUNTARY, PARTIAL, EXCLUDED;

    /** The pages label them "coverage.covered". */
    @Override
    public String labelPrefix() {
        return "coverage";
    }
}
