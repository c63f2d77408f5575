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

    /** A group's state in a year: its status (absent when the law did not name the group) and the reform that ended it. */
    public record State<T>(T today, CoverageStatus status, SchemeReform until) {

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
    public static <T> Map<WorkerGroup, State<T>> of(Map<WorkerGroup, T> today,
                                                    java.util.function.Function<T, CoverageStatus> statusOf,
                                                    List<SchemeReform> reforms, int year) {
        Map<WorkerGroup, State<T>> states = new EnumMap<>(WorkerGroup.class);
        today.forEach((group, entry) -> states.put(group, new State<>(entry, statusOf.apply(entry), null)));
        for (WorkerGroup group : WorkerGroup.values()) {
            firstAfter(reforms, group, year).ifPresent(reform -> {
                if (reform.before() == null) {
                    states.remove(group);
                } else {
                    states.put(group, new State<>(null, reform.before(), reform));
                }
            });
        }
        return states;
    }

    private static Optional<SchemeReform> firstAfter(List<SchemeReform> reforms, WorkerGroup group, int year) {
        return reforms.stream().filter(r -> r.group() == group && r.year() > year)
                .min(Comparator.comparingInt(SchemeReform::year));
    }
}
