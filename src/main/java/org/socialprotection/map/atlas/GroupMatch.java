package org.socialprotection.map.atlas;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a worker-group filter matches: records about the chosen groups only, or also records about informal workers
 * in general (which concern every group). Only is the default: a reader who picks "domestic workers" expects
 * records about domestic workers.
 */
public enum GroupMatch implements Coded {
    ONLY, GENERAL;

    /** The groups a record may name (an observation its groups, a scheme its coverage) to match the chosen ones. */
    public Set<WorkerGroup> groups(Set<WorkerGroup> chosen) {
        if (this == ONLY || chosen.isEmpty()) {
            return chosen;
        }
        Set<WorkerGroup> result = EnumSet.copyOf(chosen);
        result.add(WorkerGroup.INFORMAL_WORKERS);
        return result;
    }

    /** The {@code groupMatch} parameter: one value, {@code only} when absent. */
    public static GroupMatch of(QueryParams params) {
        Set<GroupMatch> match = params.codes("groupMatch", GroupMatch.class);
        if (match.size() > 1) {
            throw new BadRequestException("groupMatch", "error.param.oneOf", "give one of "
                    + Coded.codes(GroupMatch.class), Coded.codes(GroupMatch.class));
        }
        return match.isEmpty() ? ONLY : match.iterator().next();
    }
}
