package org.socialprotection.map.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.WorkerGroup;

/** The law in a given year, from today's coverage and the reforms that changed it. */
class CoverageAsOfTests {

    private static final SchemeReform NAMED_2005 = reform("2005", WorkerGroup.STREET_VENDORS, null);
    private static final SchemeReform VOLUNTARY_UNTIL_2010 = reform("2010-06", WorkerGroup.STREET_VENDORS,
            CoverageStatus.VOLUNTARY);
    private static final SchemeReform BENEFITS_2012 = new SchemeReform("2012", 2012, "Benefits raised", null, null,
            "Gazette", null);

    private final Map<WorkerGroup, CoverageStatus> today = new EnumMap<>(Map.of(
            WorkerGroup.STREET_VENDORS, CoverageStatus.COVERED, WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.EXCLUDED));

    @Test
    void withoutReformsEveryYearHasTodaysLaw() {
        var states = CoverageAsOf.of(today, s -> s, List.of(BENEFITS_2012), 1990);
        assertThat(states).containsOnlyKeys(WorkerGroup.STREET_VENDORS, WorkerGroup.DOMESTIC_WORKERS);
        assertThat(states.values()).allMatch(CoverageAsOf.State::isToday);
    }

    @Test
    void eachPeriodHasTheStatusBeforeTheNextReform() {
        List<SchemeReform> reforms = List.of(VOLUNTARY_UNTIL_2010, NAMED_2005, BENEFITS_2012);
        // before the first reform the law did not name the group
        assertThat(CoverageAsOf.of(today, s -> s, reforms, 2004)).doesNotContainKey(WorkerGroup.STREET_VENDORS)
                .containsKey(WorkerGroup.DOMESTIC_WORKERS);
        // a reform takes effect in its year
        var in2005 = CoverageAsOf.of(today, s -> s, reforms, 2005).get(WorkerGroup.STREET_VENDORS);
        assertThat(in2005.status()).isEqualTo(CoverageStatus.VOLUNTARY);
        assertThat(in2005.until()).isEqualTo(VOLUNTARY_UNTIL_2010);
        assertThat(in2005.today()).isNull();
        assertThat(CoverageAsOf.of(today, s -> s, reforms, 2009).get(WorkerGroup.STREET_VENDORS).status())
                .isEqualTo(CoverageStatus.VOLUNTARY);
        var in2010 = CoverageAsOf.of(today, s -> s, reforms, 2010).get(WorkerGroup.STREET_VENDORS);
        assertThat(in2010.isToday()).isTrue();
        assertThat(in2010.status()).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    void aGroupTodaysLawNoLongerNamesComesBackForTheYearsItWasNamed() {
        SchemeReform dropped = reform("2015", WorkerGroup.WASTE_PICKERS, CoverageStatus.PARTIAL);
        assertThat(CoverageAsOf.of(today, s -> s, List.of(dropped), 2014).get(WorkerGroup.WASTE_PICKERS).status())
                .isEqualTo(CoverageStatus.PARTIAL);
        assertThat(CoverageAsOf.of(today, s -> s, List.of(dropped), 2015)).doesNotContainKey(WorkerGroup.WASTE_PICKERS);
    }

    private static SchemeReform reform(String date, WorkerGroup group, CoverageStatus before) {
        return new SchemeReform(date, Integer.parseInt(date.substring(0, 4)), "Reform of " + date, group, before,
                "Gazette " + date, "https://example.org/" + date);
    }
}
