package org.socialprotection.map.scheme;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Names;
import org.socialprotection.map.atlas.SourceView;

/** A scheme as the JSON API shows it. */
public record SchemeView(long id, String slug, String country, String name, String officialName, Names names,
                         String acronym, String description, List<String> branches, String type,
                         String participation, List<String> benefitForms, List<Coverage> coverage,
                         List<Figure> effectiveCoverage, String schemeStatus, String startDate, String endDate,
                         String institution, String legalBasis, String note, List<SourceView> sources,
                         boolean demo, Instant updatedAt) {

    public record Coverage(String group, String status, String reason) {
    }

    public record Figure(double value, String unit, int year, String group, SourceView source) {
    }

    public static SchemeView of(Scheme s, Language language) {
        return new SchemeView(s.getId(), s.getSlug(), s.getCountryIso3(), s.name(language), s.getOfficialName(),
                new Names(s.getNameEn(), s.getNameFr(), s.getNameEs()), s.getAcronym(), s.getDescription(),
                codes(s.getBranches()), code(s.getType()), code(s.getParticipation()), codes(s.getBenefitForms()),
                s.getCoverage().stream().sorted(Comparator.comparing(GroupCoverage::group))
                        .map(c -> new Coverage(c.group().code(), c.status().code(), c.reason())).toList(),
                s.getCoverageFigures().stream().map(f -> new Figure(f.value(), f.unit(), f.year(), code(f.group()),
                        new SourceView(f.sourceTitle(), f.sourceUrl(), null))).toList(),
                s.getSchemeStatus().code(), s.getStartDate(), s.getEndDate(), s.getInstitution(), s.getLegalBasis(),
                s.getNote(), SourceView.of(s.getSources()), s.isDemo(), s.getUpdatedAt());
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static <E extends Enum<E> & Coded> List<String> codes(Collection<E> values) {
        return values.stream().sorted().map(Coded::code).toList();
    }
}
