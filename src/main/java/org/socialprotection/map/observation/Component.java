package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.Coded;

/** The four components of WIEGO's social protection systems-mapping lens. */
public enum Component implements Coded {
    FINANCING, GOVERNANCE, REGISTRATION, DELIVERY
}
