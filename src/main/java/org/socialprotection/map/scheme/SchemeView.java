package org.socialprotection.map.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Names;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.translation.Texts;

/**
 * A scheme as the JSON API shows it. Its description, note and coverage reasons are in the reader's language where
 * a published translation exists, otherwise in the original's; {@code descriptionLanguage}, {@code noteLanguage}
 * and each reason's {@code reasonLanguage} (each reform's {@code descriptionLanguage}) say which, {@code languages}
 * lists the languages it can be read in, and {@code texts} holds every language's texts by field ("description",
 * "reason.street_vendors", "reform.0").
 */
public record SchemeView(long id, String slug, String country, String name, String officialName, Names names,
                         String acronym, String description, List<String> branches, String type,
                         String participation, List<String> benefitForms, List<Coverage> coverage,
                         List<Figure> effectiveCoverage, List<Reform> reforms, String schemeStatus,
                         String startDate, String endDate,
                         String institution, String legalBasis, String note, List<SourceView> sources,
                         boolean demo, Instant updatedAt, String originalLanguage, List<String> languages,
                         String descriptionLanguage, String noteLanguage, Map<String, Map<String, String>> texts) {

    /** What the law does for a group; {@code until} is the reform that later changed it, when shown as of a past year. */
    public record Coverage(String group, String status, String reason, Reform until, String reasonLanguage) {

        /** Whether its reason is shown in another language than the reader's. */
        public boolean fallback(String readerLanguage) {
            return reasonLanguage != null && !reasonLanguage.equals(readerLanguage);
        }
    }

    public record Figure(double value, String unit, int year, String group, SourceView source) {
    }

    /**
     * A dated change; {@code group} and {@code before} only when it changed the law for a group. Its description is
     * in the reader's language where published, else the original's; {@code descriptionLanguage} says which.
     * {@code position} is its place in the scheme's list, which names its texts ("reform.0"), for the CSV export.
     */
    public record Reform(String date, int year, String description, String group, String before, SourceView source,
                         String descriptionLanguage, @JsonIgnore int position) implements CoverageAsOf.Change {

        /** Whether its description is shown in another language than the reader's. */
        public boolean fallback(String readerLanguage) {
            return descriptionLanguage != null && !descriptionLanguage.equals(readerLanguage);
        }

        @Override
        public WorkerGroup changedGroup() {
            return group == null ? null : Coded.find(WorkerGroup.class, group).orElseThrow();
        }

        @Override
        public CoverageStatus statusBefore() {
            return before == null ? null : Coded.find(CoverageStatus.class, before).orElseThrow();
        }
    }

    /** The view for a reader of {@code language}, with the texts {@link SchemeTexts#of} gives. */
    static SchemeView of(Scheme s, Texts texts, Language language) {
        Texts.Shown description = texts.shown("description", language);
        Texts.Shown note = texts.shown("note", language);
        return new SchemeView(s.getId(), s.getSlug(), s.getCountryIso3(), s.name(language), s.getOfficialName(),
                new Names(s.getNameEn(), s.getNameFr(), s.getNameEs()), s.getAcronym(), description.text(),
                codes(s.getBranches()), code(s.getType()), code(s.getParticipation()), codes(s.getBenefitForms()),
                s.getCoverage().stream().sorted(Comparator.comparing(GroupCoverage::group))
                        .map(c -> {
                            Texts.Shown reason = texts.shown(SchemeTexts.reason(c.group()), language);
                            return new Coverage(c.group().code(), c.status().code(), reason.text(), null,
                                    lang(reason));
                        }).toList(),
                s.getCoverageFigures().stream().map(f -> new Figure(f.value(), f.unit(), f.year(), code(f.group()),
                        new SourceView(f.sourceTitle(), f.sourceUrl(), null))).toList(),
                reforms(s, texts, language),
                s.getSchemeStatus().code(), s.getStartDate(), s.getEndDate(), s.getInstitution(), s.getLegalBasis(),
                note.text(), SourceView.of(s.getSources()), s.isDemo(), s.getUpdatedAt(), texts.original().code(),
                texts.languages().stream().map(Language::code).toList(), lang(description), lang(note),
                all(texts, s.getReforms().size()));
    }

    /** The reforms by date, each description translated by its position in the scheme's list ("reform.0"). */
    private static List<Reform> reforms(Scheme s, Texts texts, Language language) {
        List<Reform> reforms = new ArrayList<>();
        for (int i = 0; i < s.getReforms().size(); i++) {
            SchemeReform r = s.getReforms().get(i);
            Texts.Shown description = texts.shown(SchemeTexts.reform(i), language);
            reforms.add(new Reform(r.date(), r.year(), description.text(), code(r.group()), code(r.before()),
                    new SourceView(r.sourceTitle(), r.sourceUrl(), null), lang(description), i));
        }
        reforms.sort(Comparator.comparing(Reform::date));
        return List.copyOf(reforms);
    }

    /** Whether a text of this view ("description", "note") is shown in another language than the reader's. */
    public boolean fallback(String field, String readerLanguage) {
        String shown = switch (field) {
            case "description" -> descriptionLanguage;
            case "note" -> noteLanguage;
            default -> throw new IllegalArgumentException(field);
        };
        return shown != null && !shown.equals(readerLanguage);
    }

    /** The language of the first text of the page shown in another language than the reader's, or null. */
    public String fallbackLanguage(String readerLanguage) {
        if (fallback("description", readerLanguage)) {
            return descriptionLanguage;
        }
        if (fallback("note", readerLanguage)) {
            return noteLanguage;
        }
        return coverage.stream().filter(c -> c.fallback(readerLanguage)).map(Coverage::reasonLanguage).findFirst()
                .or(() -> reforms.stream().filter(r -> r.fallback(readerLanguage))
                        .map(Reform::descriptionLanguage).findFirst())
                .orElse(null);
    }

    private static String lang(Texts.Shown shown) {
        return shown.text() == null ? null : shown.lang();
    }

    /** Every language's texts, by language code and field; a language without any is left out. */
    private static Map<String, Map<String, String>> all(Texts texts, int reforms) {
        List<String> offered = new ArrayList<>(SchemeTexts.FIELDS);
        for (int i = 0; i < reforms; i++) {
            offered.add(SchemeTexts.reform(i));
        }
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : offered) {
                String text = texts.in(l, field);
                if (text != null) {
                    fields.put(field, text);
                }
            }
            if (!fields.isEmpty()) {
                all.put(l.code(), fields);
            }
        }
        return all;
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
                        : new Coverage(e.getKey().code(), e.getValue().status().code(), null, e.getValue().until(),
                                null))
                .toList();
        return Optional.of(new SchemeView(id, slug, country, name, officialName, names, acronym,
                description, branches, type, participation, benefitForms, then,
                effectiveCoverage.stream().filter(f -> f.year() <= year).toList(), reforms, schemeStatus, startDate,
                endDate, institution, legalBasis, note, sources, demo, updatedAt, originalLanguage, languages,
                descriptionLanguage, noteLanguage, texts));
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
