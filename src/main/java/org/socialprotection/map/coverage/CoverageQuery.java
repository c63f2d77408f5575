package org.socialprotection.map.coverage;

import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.QueryParams;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.scheme.Branch;

/**
 * The matrix's filters, validated: branches (none means all), the groups shown as columns (none means all), a region
 * or subregion code such as {@code western_africa}, the year the law is read as of (default this year), the order
 * of the rows.
 */
record CoverageQuery(Set<Branch> branches, Set<WorkerGroup> groups, String region, int year, Sort sort) {

    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2200;

    enum Sort implements Coded {
        NAME, REGION
    }

    static CoverageQuery parse(QueryParams params, Set<String> regions) {
        String region = params.text("region");
        if (region != null) {
            String code = regionCode(region);
            if (!regions.contains(code)) {
                throw new BadRequestException("region", "error.param.choice", "unknown region '" + region
                        + "'; expected one of " + String.join(", ", regions.stream().sorted().toList()), region,
                        String.join(", ", regions.stream().sorted().toList()));
            }
            region = code;
        }
        Integer year = params.integer("year", MIN_YEAR, MAX_YEAR);
        String sort = params.text("sort");
        return new CoverageQuery(params.codes("branch", Branch.class), params.codes("group", WorkerGroup.class), region,
                year == null ? Year.now().getValue() : year,
                sort == null ? Sort.NAME : Coded.find(Sort.class, sort).orElseThrow(() -> new BadRequestException(
                        "sort", "error.param.choice", "unknown value '" + sort + "'; expected one of "
                        + Coded.codes(Sort.class), sort, Coded.codes(Sort.class))));
    }

    /** A region's name as a code: "Western Africa" and "western_africa" are the same region. */
    static String regionCode(String name) {
        return name == null ? null : name.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
