package org.socialprotection.map.scheme;

import static org.socialprotection.map.workspace.FieldChecks.blankToNull;

import java.util.ArrayList;
import java.util.List;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.workspace.FieldChecks;
import org.springframework.validation.Errors;

/**
 * The checks of a scheme's coverage figures and reforms, row by row: each mistake on its field
 * ({@code reforms[1].statusBefore}) with the row's number for the page ("Reform 2: …"); the default message, which
 * the JSON API shows beside the field's path, says what is wrong without the number.
 */
final class SchemeRowChecks {

    /** The longest text of what a reform changed, its translations included. */
    static final int REFORM_CHANGE = 2000;

    private SchemeRowChecks() {
    }

    static List<CoverageFigure> figures(List<SchemeForm.FigureRow> rows, String field, Errors errors) {
        List<CoverageFigure> figures = new ArrayList<>();
        int before = errors.getErrorCount();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            SchemeForm.FigureRow row = rows.get(i);
            if (row == null || row.skipped()) {
                continue;
            }
            String path = field + "[" + i + "].";
            String n = String.valueOf(i + 1);
            String unit = blankToNull(row.getUnit());
            if (unit == null || unit.length() > 20) {
                errors.rejectValue(path + "unit", "forms.error.figure.unit", new Object[] {n},
                        "give the unit (at most 20 characters), such as percent or persons");
            }
            Double value = null;
            String valueText = blankToNull(row.getValue());
            try {
                value = valueText == null ? null : Double.valueOf(valueText.replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException e) {
                value = null;
            }
            if (value == null || value.isNaN() || value.isInfinite() || value < 0
                    || "percent".equals(unit) && value > 100) {
                errors.rejectValue(path + "value", "forms.error.figure.value", new Object[] {n, s(valueText)},
                        "'" + s(valueText) + "' is not a number of 0 or more (at most 100 for a percentage)");
            }
            Integer year = year(row.getYear(), path + "year", "figure", n, errors);
            WorkerGroup group = group(row.getGroup(), path + "group", "figure", n, errors);
            SchemeForm.CitedSource source = row.getSource() == null ? new SchemeForm.CitedSource() : row.getSource();
            String title = sourceTitle(source.getTitle(), path + "source.title", "figure", n, errors);
            String url = FieldChecks.rowUrl(source.getUrl(), path + "source.url", "figure", n, errors);
            if (errors.getErrorCount() == before) {
                figures.add(new CoverageFigure(value, unit, year, group, title, url));
            }
        }
        return errors.getErrorCount() > before ? List.of() : figures;
    }

    static List<SchemeReform> reforms(List<SchemeForm.ReformRow> rows, String field, Errors errors) {
        List<SchemeReform> reforms = new ArrayList<>();
        int before = errors.getErrorCount();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            SchemeForm.ReformRow row = rows.get(i);
            if (row == null || row.skipped()) {
                continue;
            }
            String path = field + "[" + i + "].";
            String n = String.valueOf(i + 1);
            PartialDate date = null;
            try {
                date = PartialDate.parse(row.getDate());
            } catch (IllegalArgumentException e) {
                date = null;
            }
            if (date == null) {
                errors.rejectValue(path + "date", "forms.error.reform.date", new Object[] {n, s(row.getDate())},
                        "'" + s(row.getDate()) + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            }
            String change = FieldChecks.rowText(row.getChange(), path + "change", "reform", n, REFORM_CHANGE, errors);
            if (change == null && !errors.hasFieldErrors(path + "change")) {
                errors.rejectValue(path + "change", "forms.error.reform.change", new Object[] {n},
                        "say what changed");
            }
            WorkerGroup group = group(row.getGroup(), path + "group", "reform", n, errors);
            CoverageStatus statusBefore = null;
            String statusText = blankToNull(row.getStatusBefore());
            if (statusText != null) {
                statusBefore = Coded.find(CoverageStatus.class, statusText).orElse(null);
                if (statusBefore == null) {
                    errors.rejectValue(path + "statusBefore", "forms.error.reform.statusBefore",
                            new Object[] {n, statusText}, "unknown status '" + statusText + "': use one of "
                                    + Coded.codes(CoverageStatus.class) + ", or leave it empty");
                } else if (blankToNull(row.getGroup()) == null) {
                    errors.rejectValue(path + "statusBefore", "forms.error.reform.statusWithoutGroup",
                            new Object[] {n}, "a status before the reform needs the worker group it applied to");
                }
            }
            SchemeForm.CitedSource source = row.getSource() == null ? new SchemeForm.CitedSource() : row.getSource();
            String title = sourceTitle(source.getTitle(), path + "source.title", "reform", n, errors);
            String url = FieldChecks.rowUrl(source.getUrl(), path + "source.url", "reform", n, errors);
            if (errors.getErrorCount() == before) {
                reforms.add(new SchemeReform(date.value(), date.year(), change, group, statusBefore, title, url));
            }
        }
        return errors.getErrorCount() > before ? List.of() : reforms;
    }

    private static Integer year(String text, String field, String what, String n, Errors errors) {
        String value = blankToNull(text);
        if (value != null && value.matches("\\d{4}") && Integer.parseInt(value) >= 1900
                && Integer.parseInt(value) <= 2100) {
            return Integer.valueOf(value);
        }
        errors.rejectValue(field, "forms.error." + what + ".year", new Object[] {n, s(value)},
                "'" + s(value) + "' is not a year between 1900 and 2100");
        return null;
    }

    private static WorkerGroup group(String text, String field, String what, String n, Errors errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        WorkerGroup group = Coded.find(WorkerGroup.class, value).orElse(null);
        if (group == null) {
            errors.rejectValue(field, "forms.error." + what + ".group", new Object[] {n, value},
                    "unknown worker group '" + value + "': use one of " + Coded.codes(WorkerGroup.class)
                            + ", or leave it empty");
        }
        return group;
    }

    private static String sourceTitle(String text, String field, String what, String n, Errors errors) {
        String title = FieldChecks.rowText(text, field, what, n, FieldChecks.SOURCE_TITLE, errors);
        if (title == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "forms.error." + what + ".source", new Object[] {n},
                    "give the title of the source");
        }
        return title;
    }

    private static String s(String text) {
        return text == null ? "" : text.trim();
    }
}
