package org.socialprotection.map.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.country.CountryView;

/**
 * Countries side by side, from published records only: the body of GET /api/compare and the model of /compare.
 * {@code branches} and {@code groups} list, in their usual order, the codes any of the countries has something for.
 * {@code year}, when given, is the year the law is read as of: schemes in force then, their law then, figures and
 * indicator values of that year or earlier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Comparison(List<String> countries, Integer year, List<String> branches, List<String> groups, List<Column> columns,
                  List<IndicatorRow> indicators) {

    /** One country. {@code coverage} is keyed by worker group, {@code schemesByBranch} by branch. */
    record Column(String iso3, String name, CountryView.Counts counts, Map<String, List<SchemeRef>> schemesByBranch,
                  Map<String, List<LegalCoverage>> coverage, List<Figure> effectiveCoverage,
                  List<PublicationRef> publications) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SchemeRef(long id, String name, String acronym, String type, String startDate, String endDate) {
    }

    /** What one scheme's law says for a worker group; {@code reasonLanguage} is the language its reason is in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LegalCoverage(long scheme, String schemeName, String status, String reason, String reasonLanguage,
                         Change until) {
    }

    /** The reform that later changed a status read as of a past year, its description in the language named. */
    record Change(String date, String description, String descriptionLanguage, SourceView source) {
    }

    /** An effective coverage figure and the scheme it measures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figure(long scheme, String schemeName, double value, String unit, int year, String group,
                  SourceView source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublicationRef(long id, String type, String title, String date) {
    }

    /** An indicator across the countries: each country's latest published value, where it has one. */
    record IndicatorRow(String code, String name, String unit, List<Value> values) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(String country, int year, double value, String unit, SourceView source, boolean demo) {
    }
}
