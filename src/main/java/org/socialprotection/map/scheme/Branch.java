package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.Coded;

/** The nine branches of ILO Convention 102, plus general social assistance and child care. */
public enum Branch implements Coded {
    MEDICAL_CARE, SICKNESS, UNEMPLOYMENT, OLD_AGE, EMPLOYMENT_INJURY, FAMILY, MATERNITY, INVALIDITY, SURVIVORS,
    GENERAL_ASSISTANCE, CHILD_CARE
}
