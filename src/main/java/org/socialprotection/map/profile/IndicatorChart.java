package org.socialprotection.map.profile;

import java.util.ArrayList;
import java.util.List;
import org.socialprotection.map.indicator.IndicatorView;

/**
 * A small bar chart of one indicator's values over the years, drawn as SVG on the server so that it needs no
 * script and prints as it shows. Coordinates are in a 300 x 120 box; percentages are drawn on a 0-100 scale.
 */
record IndicatorChart(String code, String name, String unit, List<Bar> bars, List<IndicatorView.Value> values) {

    record Bar(double x, double y, double width, double height, int year, String label) {
    }

    static final double WIDTH = 300;
    static final double HEIGHT = 100;

    static IndicatorChart of(String code, String name, String unit, List<IndicatorView.Value> values) {
        double max = "percent".equals(unit) ? 100
                : values.stream().mapToDouble(IndicatorView.Value::value).max().orElse(1);
        double slot = WIDTH / Math.max(values.size(), 1);
        double width = Math.min(slot * 0.7, 48);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorView.Value v = values.get(i);
            double height = max <= 0 ? 0 : Math.max(1, v.value() / max * HEIGHT);
            bars.add(new Bar(i * slot + (slot - width) / 2, HEIGHT - height, width, height, v.year(),
                    format(v.value()) + ("percent".equals(unit) ? "%" : "")));
        }
        return new IndicatorChart(code, name, unit, bars, values);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }
}
