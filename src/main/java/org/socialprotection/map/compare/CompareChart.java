package org.socialprotection.map.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.compare.Comparison.IndicatorRow;
import org.socialprotection.map.compare.Comparison.Value;

/**
 * One indicator as one bar chart across the countries, each country's latest value, drawn as SVG on the server so
 * that it needs no script and prints as it shows. Coordinates are in a 300 x 100 box; percentages use 0-100.
 * Each bar is labelled with its country and year: the years may differ, and the reader must see it.
 */
record CompareChart(String code, String name, String unit, List<Bar> bars, List<Value> values) {

    record Bar(double x, double y, double width, double height, String country, int year, String label) {
    }

    static final double WIDTH = 300;
    static final double HEIGHT = 100;

    static CompareChart of(IndicatorRow row, Map<String, String> names) {
        List<Value> values = row.values();
        double max = "percent".equals(row.unit()) ? 100
                : values.stream().mapToDouble(Value::value).max().orElse(1);
        double slot = WIDTH / Math.max(values.size(), 1);
        double width = Math.min(slot * 0.6, 56);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double height = max <= 0 ? 0 : Math.max(1, Math.min(v.value(), max) / max * HEIGHT);
            bars.add(new Bar(i * slot + (slot - width) / 2, HEIGHT - height, width, height,
                    names.getOrDefault(v.country(), v.country()), v.year(),
                    format(v.value()) + ("percent".equals(row.unit()) ? "%" : "")));
        }
        return new CompareChart(row.code(), row.name(), row.unit(), bars, values);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }
}
