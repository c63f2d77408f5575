package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.Coded;

/** Types as in the SDG 1.3.1 metadata and the ILO Social Security Inquiry. */
public enum SchemeType implements Coded {
    CONTRIBUTORY_SOCIAL_INSURANCE, UNIVERSAL_CATEGORICAL, MEANS_TESTED_ASSISTANCE, EMPLOYER_LIABILITY,
    PROVIDENT_FUND, COMMUNITY_MICRO_INSURANCE;

    /** The pages label scheme types "type.provident_fund". */
    @Override
    public String labelPrefix() {
        return "type";
    }
}
