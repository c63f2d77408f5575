package org.socialprotection.map.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.coverage.CoverageCells.Entry;
import org.socialprotection.map.coverage.CoverageCells.SchemeFacts;
import org.socialprotection.map.coverage.CoverageMatrix.Cell;
import org.socialprotection.map.coverage.CoverageMatrix.CellScheme;
import org.socialprotection.map.coverage.CoverageMatrix.Figure;
import org.socialprotection.map.scheme.CoverageStatus;

/** The rules of a cell without a database: which entry applies, which scheme wins, what is never an exclusion. */
class CoverageCellsTests {

    private static final WorkerGroup VENDORS = WorkerGroup.STREET_VENDORS;

    @Test
    void noSchemeInForceIsNoSchemeRecordedNotAnExclusion() {
        Cell cell = CoverageCells.cell(VENDORS, List.of());
        assertThat(cell.status()).isEqualTo("no_scheme");
        assertThat(cell.schemes()).isEmpty();
    }

    @Test
    void schemesThatSayNothingOfTheGroupMakeItNotStatedAndAreListedAsSilent() {
        Cell cell = CoverageCells.cell(VENDORS, List.of(scheme(1, "Alpha", Map.of(
                WorkerGroup.DOMESTIC_WORKERS, new Entry(CoverageStatus.EXCLUDED, "no contract")))));
        assertThat(cell.status()).isEqualTo("not_stated");
        assertThat(cell.schemes()).extracting(CellScheme::name, CellScheme::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alpha", null));
    }

    @Test
    void theStrongestTreatmentWinsAndTheDecidingSchemeComesFirst() {
        Cell cell = CoverageCells.cell(VENDORS, List.of(
                scheme(1, "Alpha", Map.of(VENDORS, new Entry(CoverageStatus.EXCLUDED, "no fixed address"))),
                scheme(2, "Beta", Map.of(VENDORS, new Entry(CoverageStatus.PARTIAL, null))),
                scheme(3, "Gamma", Map.of(VENDORS, new Entry(CoverageStatus.VOLUNTARY, null)))));
        assertThat(cell.status()).isEqualTo("voluntary");
        assertThat(cell.viaGeneral()).isFalse();
        assertThat(cell.schemes()).extracting(CellScheme::name).containsExactly("Gamma", "Beta", "Alpha");
    }

    @Test
    void theRuleForInformalWorkersInGeneralAppliesOnlyWhereTheGroupIsNotNamed() {
        SchemeFacts general = scheme(1, "General", Map.of(WorkerGroup.INFORMAL_WORKERS,
                new Entry(CoverageStatus.COVERED, null)));
        Cell viaGeneral = CoverageCells.cell(VENDORS, List.of(general));
        assertThat(viaGeneral.status()).isEqualTo("covered");
        assertThat(viaGeneral.viaGeneral()).isTrue();
        assertThat(viaGeneral.schemes().get(0).group()).isEqualTo("informal_workers");

        SchemeFacts namesThem = scheme(2, "Named", Map.of(WorkerGroup.INFORMAL_WORKERS,
                new Entry(CoverageStatus.COVERED, null), VENDORS, new Entry(CoverageStatus.EXCLUDED, "by name")));
        Cell named = CoverageCells.cell(VENDORS, List.of(namesThem));
        assertThat(named.status()).isEqualTo("excluded");
        assertThat(named.viaGeneral()).isFalse();
        assertThat(named.schemes().get(0).reason()).isEqualTo("by name");

        // the same status by name in one scheme and through the general rule in another: not "via general"
        Cell both = CoverageCells.cell(VENDORS, List.of(general, scheme(3, "Also", Map.of(VENDORS,
                new Entry(CoverageStatus.COVERED, null)))));
        assertThat(both.viaGeneral()).isFalse();
    }

    @Test
    void onlyTheLatestFigureOfEachSchemeAndGroupIsKept() {
        SchemeFacts s = new SchemeFacts(1, "FJI", "Fund", null, List.of("old_age"), 2000, null,
                Map.of(VENDORS, new Entry(CoverageStatus.VOLUNTARY, null)), List.of(),
                List.of(figure(1, 9, 2015, "street_vendors"), figure(1, 12.5, 2018, "street_vendors"),
                        figure(1, 40, 2018, null), figure(1, 5, 2018, "waste_pickers")));
        Cell cell = CoverageCells.cell(VENDORS, List.of(s));
        assertThat(cell.effectiveCoverage()).extracting(Figure::value).containsExactlyInAnyOrder(12.5, 40.0);
    }

    @Test
    void aRowHasACellForEveryGroupAskedAndNoOther() {
        var row = CoverageCells.row(List.of(VENDORS, WorkerGroup.DOMESTIC_WORKERS), List.of());
        assertThat(row.keySet()).containsExactlyInAnyOrder(VENDORS, WorkerGroup.DOMESTIC_WORKERS);
        assertThat(row.values()).extracting(Cell::status).containsOnly("no_scheme");
    }

    private static SchemeFacts scheme(long id, String name, Map<WorkerGroup, Entry> coverage) {
        return new SchemeFacts(id, "FJI", name, null, List.of("old_age"), 2000, null,
                coverage.isEmpty() ? Map.of() : new EnumMap<>(coverage), List.of(), List.of());
    }

    private static Figure figure(long scheme, double value, int year, String group) {
        return new Figure(scheme, value, "percent", year, group, new SourceView("Survey " + year, null, null));
    }
}
