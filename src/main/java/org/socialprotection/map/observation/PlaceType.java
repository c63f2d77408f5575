package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.Coded;

public enum PlaceType implements Coded {
    MARKET, VENDING_ZONE, DUMPSITE, HOME_BASED_CLUSTER, CHILD_CARE_CENTRE, OFFICE, OTHER
}
