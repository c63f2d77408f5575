package org.socialprotection.map.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.workspace.FieldChecks;
import org.springframework.validation.Errors;

/**
 * Effective coverage figures as the scheme form edits them, one a line:
 * "value | unit | year | group code or empty | source title | source URL", so that a table can be pasted in.
 */
final class CoverageFigureLines {

    static final String FORMAT = "value | unit | year | group | source title | source URL";

    private CoverageFigureLines() {
    }

    /** The figures of the text; each mistake is reported on {@code field} with its line number. */
    static List<CoverageFigure> parse(String text, String field, Errors errors) {
        List<CoverageFigure> figures = new ArrayList<>();
        if (text == null) {
            return figures;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            if (raw.isBlank()) {
                continue;
            }
            String[] parts = raw.split("\\|", -1);
            if (parts.length < 5 || parts.length > 6) {
                errors.rejectValue(field, "forms.error.line.parts", new Object[] {String.valueOf(line)},
                        "line " + line + ": expected " + FORMAT);
                continue;
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].trim();
            }
            CoverageFigure figure = figure(parts, line, field, errors);
            if (figure != null) {
                figures.add(figure);
            }
        }
        return figures;
    }

    private static CoverageFigure figure(String[] parts, int line, String field, Errors errors) {
        int before = errors.getFieldErrorCount(field);
        Double value = null;
        try {
            value = Double.parseDouble(parts[0].replace(',', '.'));
            if (value.isNaN() || value.isInfinite() || value < 0) {
                throw new NumberFormatException(parts[0]);
            }
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "forms.error.line.value", new Object[] {String.valueOf(line), parts[0]},
                    "line " + line + ": '" + parts[0] + "' is not a number of 0 or more");
        }
        String unit = parts[1];
        if (unit.isEmpty() || unit.length() > 20) {
            errors.rejectValue(field, "forms.error.line.unit", new Object[] {String.valueOf(line)},
                    "line " + line + ": give the unit (at most 20 characters), e.g. percent or persons");
        }
        Integer year = null;
        if (parts[2].matches("\\d{4}") && Integer.parseInt(parts[2]) >= 1900 && Integer.parseInt(parts[2]) <= 2100) {
            year = Integer.parseInt(parts[2]);
        } else {
            errors.rejectValue(field, "forms.error.line.year", new Object[] {String.valueOf(line), parts[2]},
                    "line " + line + ": '" + parts[2] + "' is not a year between 1900 and 2100");
        }
        WorkerGroup group = null;
        if (!parts[3].isEmpty()) {
            group = Coded.find(WorkerGroup.class, parts[3]).orElse(null);
            if (group == null) {
                errors.rejectValue(field, "forms.error.line.group", new Object[] {String.valueOf(line), parts[3],
                        Coded.codes(WorkerGroup.class)}, "line " + line + ": '" + parts[3]
                        + "' is not a worker group; leave it empty or use one of " + Coded.codes(WorkerGroup.class));
            }
        }
        String title = parts[4];
        if (title.isEmpty() || title.length() > 1000) {
            errors.rejectValue(field, "forms.error.line.source", new Object[] {String.valueOf(line)},
                    "line " + line + ": give the title of the source of the figure");
        }
        String url = parts.length > 5 && !parts[5].isEmpty() ? parts[5] : null;
        if (url != null && (!FieldChecks.isUrl(url) || url.length() > 2000)) {
            errors.rejectValue(field, "forms.error.line.url", new Object[] {String.valueOf(line), url},
                    "line " + line + ": '" + url + "' is not an http(s) address");
        }
        if (errors.getFieldErrorCount(field) > before) {
            return null;
        }
        return new CoverageFigure(value, unit, year, group, title, url);
    }

    static String format(List<CoverageFigure> figures) {
        return figures.stream().map(f -> String.join(" | ", FieldChecks.plainNumber(f.value()), f.unit(),
                        String.valueOf(f.year()),
                        f.group() == null ? "" : f.group().code(), f.sourceTitle(),
                        f.sourceUrl() == null ? "" : f.sourceUrl()).stripTrailing().replaceAll("\\s*\\|\\s*$", ""))
                .collect(Collectors.joining("\n"));
    }
}
