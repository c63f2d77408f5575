package org.socialprotection.map.observation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The properties of a cluster of observations; {@code id} names the observation of a cluster of one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterView(long count, long inclusions, long exclusions, double[] bbox, Long id) {

    /** Cells of about 60 screen pixels: 360 degrees span 256 pixels at zoom 0. */
    static double cellDegrees(int zoom) {
        return 360.0 * 60 / 256 / Math.pow(2, zoom);
    }
}
