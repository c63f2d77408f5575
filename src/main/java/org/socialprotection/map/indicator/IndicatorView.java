package org.socialprotection.map.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SourceView;

/** An indicator and, where asked for, its published values. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorView(String code, String name, String unit, String description, List<Value> values) {

    public record Value(String country, String indicator, int year, double value, String unit, SourceView source,
                        boolean demo) {

        public static Value of(IndicatorValue v) {
            return new Value(v.getCountryIso3(), v.getIndicatorCode(), v.getYear(), v.getValue(), v.getUnit(),
                    new SourceView(v.getSourceTitle(), v.getSourceUrl(), null), v.isDemo());
        }
    }

    public static IndicatorView of(Indicator indicator, Language language, List<Value> values) {
        return new IndicatorView(indicator.getCode(), indicator.name(language), indicator.getUnit(),
                indicator.getDescription(), values);
    }
}
