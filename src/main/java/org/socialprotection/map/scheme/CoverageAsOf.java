package org.socialprotection.map.scheme;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprotection.map.atlas.WorkerGroup;

/**
 * What a scheme's law did for each group in a given year, from today's coverage and the reforms that changed it.
 * A reform in year R takes effect in R: asked for a year before R, the group's state is the "before" of the first
 * reform after that year; from the last reform on it is today's coverage. Groups no reform names keep today's
 * state for every year the scheme is in force (the atlas cannot know of changes nobody recorded).
 */
public final class CoverageAsOf {

    /**
     * A reform as this reckoning needs it, whatever form it is carried in (the entity's embeddable, the matrix's
     * rows, a page's view): the group it changed (null when it changed none), its year, the status before it.
     */
    public interface Change {

        WorkerGroup changedGroup();

        int year();

        CoverageStatus statusBefore();
    }

    /** A group's state in a year: its status (absent when the law did not name the group) and the reform that ended it. */
    public record State<T, R extends Change>(T today, CoverageStatus status, R until) {

        public boolean isToday() {
            return until == null;
        }
    }

    private CoverageAsOf() {
    }

    /**
     * The state of each group in {@code year}. {@code today} maps a group to today's entry (any type: the matrix and
     * the pages carry different ones); {@code statusOf} reads its status. Groups absent in that year are left out.
     */
    public static <T, R extends Change> Map<WorkerGroup, State<T, R>> of(
            Map<WorkerGroup, T> today, java.util.function.Function<T, CoverageStatus> statusOf, List<R> reforms,
            int year) {
        Map<WorkerGroup, State<T, R>> states = new EnumMap<>(WorkerGroup.class);
        today.forEach((group, entry) -> states.put(group, new State<>(entry, statusOf.apply(entry), null)));
        for (WorkerGroup group : WorkerGroup.values()) {
            firstAfter(reforms, group, year).ifPresent(reform -> {
                if (reform.statusBefore() == null) {
                    states.remove(group);
                } else {
                    states.put(group, new State<>(null, reform.statusBefore(), reform));
                }
            });
        }
        return states;
    }

    private static <R extends Change> Optional<R> firstAfter(List<R> reforms, WorkerGroup group, int year) {
        return reforms.stream().filter(r -> r.changedGroup() == group && r.year() > year)
                .min(Comparator.comparingInt(Change::year));
    }
}
