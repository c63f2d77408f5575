package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.Coded;

/** Where a scheme stands in its own life, distinct from the record's publication status. */
public enum SchemeStatus implements Coded {
    PLANNED, PILOT, ACTIVE, SUSPENDED, ENDED
}
