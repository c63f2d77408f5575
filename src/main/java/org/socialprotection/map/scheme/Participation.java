package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.Coded;

public enum Participation implements Coded {
    COMPULSORY, VOLUNTARY
}
