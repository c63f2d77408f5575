package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.geo.Geometries;
import org.locationtech.jts.geom.Point;

/**
 * How precisely the public may see where an observation was made. Coarsening snaps to the centre of a grid cell,
 * so the same point always gives the same public point: repeated requests cannot be averaged back to the exact one.
 */
public enum Privacy implements Coded {
    /** The site itself may be shown. */
    EXACT(0),
    /** Within about a kilometre: the cell is 0.01 degree. */
    APPROXIMATE(0.01),
    /** The city only: the cell is 0.1 degree, about 11 km. */
    CITY(0.1);

    private final double cell;

    Privacy(double cell) {
        this.cell = cell;
    }

    public Point coarsen(Point exact) {
        if (cell == 0) {
            return Geometries.point(exact.getX(), exact.getY());
        }
        return Geometries.point(snap(exact.getX(), 180), snap(exact.getY(), 90));
    }

    private double snap(double value, double limit) {
        double centre = (Math.floor(value / cell) + 0.5) * cell;
        double clamped = Math.max(-limit, Math.min(limit, centre));
        return Math.round(clamped * 1e6) / 1e6;
    }
}
