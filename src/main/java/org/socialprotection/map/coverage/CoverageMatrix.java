package org.socialprotection.map.coverage;

import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.SourceView;

/** The matrix as the page, the JSON API and the CSV show it: countries as rows, worker groups as columns. */
record CoverageMatrix(int year, List<String> branches, String region, String sort, List<String> groups,
                      List<String> precedence, List<Row> countries) {

    record Row(String iso3, String name, String region, String subregion, Map<String, Cell> cells) {

        /** The subregion as a code, for its translated name; null where the country has none. */
        public String subregionCode() {
            return subregion == null || subregion.isBlank() ? null : CoverageQuery.regionCode(subregion);
        }
    }

    /**
     * One country and group. {@code viaGeneral} says the status comes only from what schemes say of informal
     * workers in general, not of this group by name.
     */
    record Cell(String status, boolean viaGeneral, List<CellScheme> schemes, List<Figure> effectiveCoverage) {
    }

    /**
     * A scheme behind a cell; {@code status} and {@code group} are those of its coverage entry that applies (null
     * where the scheme says nothing of the group). {@code changedBy} is the later reform that ended that state, when
     * the matrix is asked for a year before it. {@code reasonLanguage} is the language the reason is shown in.
     */
    record CellScheme(long id, String name, String acronym, List<String> branches, String status, String group,
                      String reason, String reasonLanguage, Change changedBy, Integer startYear, Integer endYear,
                      List<SourceView> sources) {
    }

    /**
     * A reform as a cell cites it; its description in the reader's language where a translation is published, else
     * the original, and {@code descriptionLanguage} says which.
     */
    record Change(String date, int year, String description, String descriptionLanguage, SourceView source) {
    }

    /** An effective coverage figure; a null group means everyone the scheme covers. */
    record Figure(long scheme, double value, String unit, int year, String group, SourceView source) {
    }
}
