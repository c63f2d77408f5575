package org.socialprotection.map.observation;

import java.util.EnumSet;
import java.util.Set;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;

/**
 * What a worker-group filter matches: records about the chosen groups only, or also records about informal workers
 * in general (which concern every group). Only is the default: a reader who picks "domestic workers" expects
 * records about domestic workers.
 */
public enum GroupMatch implements Coded {
    ONLY, GENERAL;

    /** The groups an observation may name to match the chosen ones. */
    public Set<WorkerGroup> groups(Set<WorkerGroup> chosen) {
        if (this == ONLY || chosen.isEmpty()) {
            return chosen;
        }
        Set<WorkerGroup> result = EnumSet.copyOf(chosen);
        result.add(WorkerGroup.INFORMAL_WORKERS);
        return result;
    }
}
