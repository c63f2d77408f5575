package org.socialprotection.map.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.compare.Comparison.Column;
import org.socialprotection.map.compare.Comparison.Figure;
import org.socialprotection.map.compare.Comparison.IndicatorRow;
import org.socialprotection.map.compare.Comparison.LegalCoverage;
import org.socialprotection.map.compare.Comparison.PublicationRef;
import org.socialprotection.map.compare.Comparison.SchemeRef;
import org.socialprotection.map.compare.Comparison.Value;
import org.socialprotection.map.country.CountryReader;
import org.socialprotection.map.country.CountryView;
import org.socialprotection.map.indicator.IndicatorReader;
import org.socialprotection.map.indicator.IndicatorView;
import org.socialprotection.map.publication.PublicationQuery;
import org.socialprotection.map.publication.PublicationReader;
import org.socialprotection.map.publication.PublicationView;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.SchemeQuery;
import org.socialprotection.map.scheme.SchemeReader;
import org.socialprotection.map.scheme.SchemeView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Puts countries side by side from the features' public readers, so that a comparison shows exactly what the
 * country pages show: published records only.
 */
@Service
@Transactional(readOnly = true)
class ComparisonReader {

    private final CountryReader countries;
    private final SchemeReader schemes;
    private final PublicationReader publications;
    private final IndicatorReader indicators;

    ComparisonReader(CountryReader countries, SchemeReader schemes, PublicationReader publications,
                     IndicatorReader indicators) {
        this.countries = countries;
        this.schemes = schemes;
        this.publications = publications;
        this.indicators = indicators;
    }

    Comparison compare(CompareQuery query, Language language) {
        List<CountryView> views = new ArrayList<>();
        for (String iso3 : query.countries()) {
            try {
                views.add(countries.get(iso3, language).properties());
            } catch (NotFoundException e) {
                throw CompareProblem.unknown(iso3);
            }
        }
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        Set<WorkerGroup> groups = EnumSet.noneOf(WorkerGroup.class);
        List<Column> columns = new ArrayList<>();
        for (CountryView country : views) {
            List<SchemeView> list = schemes.find(SchemeQuery.ofCountry(country.iso3()), language).items();
            if (query.year() != null) {
                list = list.stream().flatMap(s -> s.asOf(query.year()).stream()).toList();
            }
            list.forEach(s -> {
                s.branches().forEach(b -> Coded.find(Branch.class, b).ifPresent(branches::add));
                s.coverage().forEach(c -> Coded.find(WorkerGroup.class, c.group()).ifPresent(groups::add));
            });
            columns.add(column(country, list, language));
        }
        return new Comparison(query.countries(), query.year(), branches.stream().map(Coded::code).toList(),
                groups.stream().map(Coded::code).toList(), columns, indicators(views, query.year(), language));
    }

    private Column column(CountryView country, List<SchemeView> list, Language language) {
        Map<String, List<SchemeRef>> byBranch = new LinkedHashMap<>();
        Map<String, List<LegalCoverage>> coverage = new LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (Branch branch : Branch.values()) {
            List<SchemeRef> refs = list.stream().filter(s -> s.branches().contains(branch.code()))
                    .map(s -> new SchemeRef(s.id(), s.name(), s.acronym(), s.type(), s.startDate(), s.endDate()))
                    .toList();
            if (!refs.isEmpty()) {
                byBranch.put(branch.code(), refs);
            }
        }
        for (WorkerGroup group : WorkerGroup.values()) {
            List<LegalCoverage> cells = new ArrayList<>();
            for (SchemeView s : list) {
                s.coverage().stream().filter(c -> c.group().equals(group.code()))
                        .forEach(c -> cells.add(new LegalCoverage(s.id(), s.name(), c.status(), c.reason(),
                                c.reason() == null ? null : c.reasonLanguage(),
                                c.until() == null ? null : new Comparison.Change(c.until().date(),
                                        c.until().description(), c.until().descriptionLanguage(),
                                        c.until().source()))));
            }
            if (!cells.isEmpty()) {
                coverage.put(group.code(), cells);
            }
        }
        for (SchemeView s : list) {
            s.effectiveCoverage().forEach(f -> figures.add(new Figure(s.id(), s.name(), f.value(), f.unit(),
                    f.year(), f.group(), f.source())));
        }
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("country", country.iso3());
        List<PublicationRef> refs = publications.find(PublicationQuery.parse(params), language).items().stream()
                .map((PublicationView p) -> new PublicationRef(p.id(), p.type(), p.title(), p.date())).toList();
        return new Column(country.iso3(), country.name(), country.counts(), byBranch, coverage, figures, refs);
    }

    /**
     * Each indicator any of the countries has, with each country's latest value (up to the year asked), in the order
     * of the countries.
     */
    private List<IndicatorRow> indicators(List<CountryView> views, Integer year, Language language) {
        Map<String, Map<String, IndicatorView.Value>> latest = new TreeMap<>();
        for (CountryView country : views) {
            for (IndicatorView.Value v : indicators.ofCountry(country.iso3())) {
                if (year != null && v.year() > year) {
                    continue;
                }
                latest.computeIfAbsent(v.indicator(), k -> new LinkedHashMap<>())
                        .merge(country.iso3(), v, (a, b) -> b.year() >= a.year() ? b : a);
            }
        }
        Map<String, IndicatorView> definitions = new LinkedHashMap<>();
        indicators.all(language).forEach(i -> definitions.put(i.code(), i));
        List<IndicatorRow> rows = new ArrayList<>();
        latest.forEach((code, byCountry) -> {
            IndicatorView definition = definitions.get(code);
            List<Value> values = views.stream().map(CountryView::iso3).filter(byCountry::containsKey)
                    .map(byCountry::get)
                    .map(v -> new Value(v.country(), v.year(), v.value(), v.unit(), v.source(), v.demo())).toList();
            rows.add(new IndicatorRow(code, definition == null ? code : definition.name(),
                    definition == null ? values.get(0).unit() : definition.unit(), values));
        });
        return rows;
    }
}
