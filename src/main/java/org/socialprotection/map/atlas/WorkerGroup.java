package org.socialprotection.map.atlas;

/** The groups of workers in the informal economy the programme works with. */
public enum WorkerGroup implements Coded {
    DOMESTIC_WORKERS,
    HOME_BASED_WORKERS,
    STREET_VENDORS,
    MARKET_TRADERS,
    WASTE_PICKERS,
    GARMENT_WORKERS,
    TRANSPORT_WORKERS,
    /** Measures aimed at informal workers in general: they concern every group. */
    INFORMAL_WORKERS;

    /** The pages label groups "group.market_traders". */
    @Override
    public String labelPrefix() {
        return "group";
    }
}
