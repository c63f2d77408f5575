package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.Coded;

public enum Kind implements Coded {
    INCLUSION, EXCLUSION
}
