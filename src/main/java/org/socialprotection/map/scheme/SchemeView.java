package org.socialprotection.map.scheme;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Names;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.atlas.WorkerGroup;

/** A scheme as the JSON API shows it. */
public record SchemeView(long id, String slug, String country, String name, String officialName, Names names,
                         String acronym, String description, List<String> branches, String type,
                         String participation, List<String> benefitForms, List<Coverage> coverage,
                         List<Figure> effectiveCoverage, List<Reform> reforms, String schemeStatus,
                         String startDate, String endDate,
                         String institution, String legalBasis, String note, List<SourceView> sources,
                         boolean demo, Instant updatedAt) {

    /** What the law does for a group; {@code until} is the reform that later changed it, when shown as of a past year. */
    public record Coverage(String group, String status, String reason, Reform until) {
    }

    public record Figure(double value, String unit, int year, String group, SourceView source) {
    }

    /** A dated change; {@code group} and {@code before} only when it changed the law for a group. */
    public record Reform(String date, int year, String description, String group, String before, SourceView source)
            implements CoverageAsOf.Change {

        @Override
        public WorkerGroup changedGroup() {
            return group == null ? null : Coded.find(WorkerGroup.class, group).orElseThrow();
        }

        @Override
        public CoverageStatus statusBefore() {
            return before == null ? null : Coded.find(CoverageStatus.class, before).orElseThrow();
        }
    }

    public static SchemeView of(Scheme s, Language language) {
        return new SchemeView(s.getId(), s.getSlug(), s.getCountryIso3(), s.name(language), s.getOfficialName(),
                new Names(s.getNameEn(), s.getNameFr(), s.getNameEs()), s.getAcronym(), s.getDescription(),
                codes(s.getBranches()), code(s.getType()), code(s.getParticipation()), codes(s.getBenefitForms()),
                s.getCoverage().stream().sorted(Comparator.comparing(GroupCoverage::group))
                        .map(c -> new Coverage(c.group().code(), c.status().code(), c.reason(), null)).toList(),
                s.getCoverageFigures().stream().map(f -> new Figure(f.value(), f.unit(), f.year(), code(f.group()),
                        new SourceView(f.sourceTitle(), f.sourceUrl(), null))).toList(),
                s.getReforms().stream().sorted(Comparator.comparing(SchemeReform::date))
                        .map(r -> new Reform(r.date(), r.year(), r.description(), code(r.group()), code(r.before()),
                                new SourceView(r.sourceTitle(), r.sourceUrl(), null))).toList(),
                s.getSchemeStatus().code(), s.getStartDate(), s.getEndDate(), s.getInstitution(), s.getLegalBasis(),
                s.getNote(), SourceView.of(s.getSources()), s.isDemo(), s.getUpdatedAt());
    }

    /**
     * The scheme as it stood in {@code year}, or empty when it was not in force then: planned, not yet started or
     * already ended (a scheme of unknown start counts, as in the coverage matrix). Legal coverage follows the
     * reforms ({@link CoverageAsOf}); effective coverage keeps the figures of that year or before.
     */
    public Optional<SchemeView> asOf(int year) {
        Integer start = yearOf(startDate);
        Integer end = yearOf(endDate);
        if (SchemeStatus.PLANNED.code().equals(schemeStatus) || start != null && start > year
                || end != null && end < year) {
            return Optional.empty();
        }
        Map<WorkerGroup, Coverage> today = new EnumMap<>(WorkerGroup.class);
        coverage.forEach(c -> Coded.find(WorkerGroup.class, c.group()).ifPresent(g -> today.put(g, c)));
        List<Coverage> then = CoverageAsOf.of(today, c -> Coded.find(CoverageStatus.class, c.status()).orElseThrow(),
                        reforms, year).entrySet().stream()
                .map(e -> e.getValue().isToday() ? e.getValue().today()
                        : new Coverage(e.getKey().code(), e.getValue().status().code(), null, e.getValue().until()))
                .toList();
        return Optional.of(new SchemeView(id, slug, country, name, officialName, names, acronym,
                description, branches, type, participation, benefitForms, then,
                effectiveCoverage.stream().filter(f -> f.year() <= year).toList(), reforms, schemeStatus, startDate,
                endDate, institution, legalBasis, note, sources, demo, updatedAt));
    }

    private static Integer yearOf(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(date).year();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static <E extends Enum<E> & Coded> List<String> codes(Collection<E> values) {
        return values.stream().sorted().map(Coded::code).toList();
    }
}
