package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.Coded;

public enum BenefitForm implements Coded {
    PERIODIC_CASH, LUMP_SUM, IN_KIND, SERVICE
}
