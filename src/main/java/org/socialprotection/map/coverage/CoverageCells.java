package org.socialprotection.map.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.coverage.CoverageMatrix.Cell;
import org.socialprotection.map.coverage.CoverageMatrix.Change;
import org.socialprotection.map.coverage.CoverageMatrix.CellScheme;
import org.socialprotection.map.coverage.CoverageMatrix.Figure;
import org.socialprotection.map.scheme.CoverageStatus;

/**
 * The rules of a cell, apart from the database so that they can be read and tested as they are.
 * <ul>
 * <li>A scheme's entry for the group by name applies; without one, its entry for informal workers in general
 * applies to every group (a law for "informal workers" covers domestic workers too), marked as such. An entry for
 * the group by name wins over the general one of the same scheme: the law that names a group says more of it.</li>
 * <li>Across schemes the strongest treatment wins: covered, then voluntary, then partial, then excluded.</li>
 * <li>Schemes in force that say nothing of the group make the cell "not stated"; no scheme in force makes it
 * "no scheme recorded". Neither is an exclusion.</li>
 * </ul>
 */
final class CoverageCells {

    /** A scheme in force with what it says of each group. */
    record SchemeFacts(long id, String iso3, String name, String acronym, List<String> branches, Integer startYear,
                       Integer endYear, Map<WorkerGroup, Entry> coverage, List<SourceView> sources,
                       List<Figure> figures) {
    }

    /**
     * What a scheme says of a group in the year asked, its reason in the language {@code reasonLanguage}; {@code
     * changedBy} when a later reform changed it.
     */
    record Entry(CoverageStatus status, String reason, String reasonLanguage, Change changedBy) {

        Entry(CoverageStatus status, String reason) {
            this(status, reason, null, null);
        }
    }

    private CoverageCells() {
    }

    static Cell cell(WorkerGroup group, List<SchemeFacts> schemes) {
        if (schemes.isEmpty()) {
            return new Cell(CellStatus.NO_SCHEME.code(), false, List.of(), List.of());
        }
        List<CellScheme> speaking = new ArrayList<>();
        List<CellScheme> silent = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        CellStatus best = null;
        boolean bestNamed = false;
        for (SchemeFacts s : schemes) {
            WorkerGroup from = s.coverage().containsKey(group) ? group
                    : s.coverage().containsKey(WorkerGroup.INFORMAL_WORKERS) ? WorkerGroup.INFORMAL_WORKERS : null;
            if (from == null) {
                silent.add(view(s, null, null));
                continue;
            }
            Entry entry = s.coverage().get(from);
            speaking.add(view(s, from, entry));
            CellStatus status = CellStatus.of(entry.status());
            boolean named = from == group;
            if (best == null || status.compareTo(best) < 0) {
                best = status;
                bestNamed = named;
            } else if (status == best) {
                bestNamed |= named;
            }
            s.figures().stream().filter(f -> f.group() == null || f.group().equals(group.code())
                    || f.group().equals(from.code())).forEach(figures::add);
        }
        if (best == null) {
            return new Cell(CellStatus.NOT_STATED.code(), false, sorted(silent), List.of());
        }
        // the latest figure of each scheme and group as of the year: older ones are history, not the state then
        figures.sort(Comparator.comparingInt(Figure::year).reversed());
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Figure> latest = figures.stream().filter(f -> seen.add(f.scheme() + "|" + f.group())).toList();
        return new Cell(best.code(), !bestNamed, sorted(speaking), latest);
    }

    /** The cells of one country, by group code in the order of the columns. */
    static Map<WorkerGroup, Cell> row(List<WorkerGroup> groups, List<SchemeFacts> schemes) {
        Map<WorkerGroup, Cell> cells = new EnumMap<>(WorkerGroup.class);
        groups.forEach(g -> cells.put(g, cell(g, schemes)));
        return cells;
    }

    private static CellScheme view(SchemeFacts s, WorkerGroup from, Entry entry) {
        return new CellScheme(s.id(), s.name(), s.acronym(), s.branches(),
                entry == null ? null : entry.status().code(), from == null ? null : from.code(),
                entry == null ? null : entry.reason(), entry == null ? null : entry.reasonLanguage(),
                entry == null ? null : entry.changedBy(), s.startYear(), s.endYear(), s.sources());
    }

    /** The schemes that decide the cell first, then by name. */
    private static List<CellScheme> sorted(List<CellScheme> schemes) {
        return schemes.stream().sorted(Comparator.comparing((CellScheme c) -> c.status() == null
                        ? CellStatus.NOT_STATED : CellStatus.valueOf(c.status().toUpperCase(java.util.Locale.ROOT)))
                .thenComparing(CellScheme::name)).toList();
    }
}
