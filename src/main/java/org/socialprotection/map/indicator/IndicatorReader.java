package org.socialprotection.map.indicator;

import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.CountryIndicators;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public reads of indicators: published values only. */
@Service
@Transactional(readOnly = true)
public class IndicatorReader implements CountryIndicators {

    private final Indicators indicators;
    private final IndicatorValues values;

    IndicatorReader(Indicators indicators, IndicatorValues values) {
        this.indicators = indicators;
        this.values = values;
    }

    public List<IndicatorView> all(Language language) {
        return indicators.findAll(Sort.by("code")).stream().map(i -> IndicatorView.of(i, language, null)).toList();
    }

    public IndicatorView withValues(String code, Language language) {
        Indicator indicator = indicators.findById(code).orElseThrow(() -> new NotFoundException("indicator", code));
        return IndicatorView.of(indicator, language, values
                .findByIndicatorCodeAndStatusOrderByCountryIso3AscYearAsc(code, PublicationStatus.PUBLISHED)
                .stream().map(IndicatorView.Value::of).toList());
    }

    @Override
    public List<IndicatorView.Value> ofCountry(String iso3) {
        return values.findByCountryIso3AndStatusOrderByIndicatorCodeAscYearAsc(iso3, PublicationStatus.PUBLISHED)
                .stream().map(IndicatorView.Value::of).toList();
    }
}
