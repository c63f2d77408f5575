package org.socialprotection.map.coverage;

import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.scheme.CoverageStatus;

/**
 * What a cell of the matrix says. The first four are the law's treatment, in order of precedence when several
 * schemes disagree: the strongest protection any scheme in force gives the group wins. The last two are not
 * statements about the law: a scheme is recorded but says nothing of the group, or no scheme is recorded at all.
 * Neither may ever read as "not covered".
 */
enum CellStatus implements Coded {
    COVERED, VOLUNTARY, PARTIAL, EXCLUDED, NOT_STATED, NO_SCHEME;

    static CellStatus of(CoverageStatus status) {
        return valueOf(status.name());
    }

    /** Whether this is a statement of the law (one of the four statuses a scheme records). */
    boolean isLegal() {
        return ordinal() <= EXCLUDED.ordinal();
    }
}
