package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.socialprotection.map.atlas.Language;

/**
 * Cells that hold one entry for each item of a record's list (a scheme's reforms, an episode's chapters), as the
 * exports write them: in the list's order, separated by ";", a ";" inside an entry doubled (";;"), an empty entry
 * where an item has no value ("2018; ; 2021"). A list of one item takes the cell whole, so that a file written before
 * lists had several entries, with a single ";" in a text, reads as it did.
 */
final class ListCells {

    /** A ";" between entries, not one of a doubled ";;" inside an entry. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!;);(?!;)");

    private ListCells() {
    }

    /** How many items the cell that names them gives (reform_date, segment_start): its entries, blank ones included. */
    static int count(String cell) {
        return split(cell).size();
    }

    /**
     * The cell's entries for a list of {@code items}, null where an entry is blank or missing; a cell with more
     * entries than items is a problem of the row, and only its first entries are read.
     */
    static List<String> entries(Table.Row row, String column, int items, String countedBy,
                                List<ImportReport.Problem> problems, Reasons reasons) {
        String cell = row.get(column);
        List<String> entries = new ArrayList<>();
        if (items == 1 && cell != null && !cell.isBlank()) {
            entries.add(cell.strip().replace(";;", ";"));
        } else {
            entries.addAll(split(cell));
        }
        if (entries.size() > items) {
            problems.add(new ImportReport.Problem(row.number(), column, cell,
                    reasons.text("listEntries", entries.size(), items, countedBy)));
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String entry = i < entries.size() ? entries.get(i) : null;
            result.add(entry == null || entry.isBlank() ? null : entry);
        }
        return result;
    }

    /**
     * The items' texts in one column per language ({@code base}_fr, ...), each entry the text of the item at its
     * position: the original's fill the items' own texts where empty and must agree with them otherwise; the other
     * languages are added to {@code translations} as the fields {@code field.apply(position)} ("reform.0").
     */
    static void translations(Table.Row row, Map<String, String> columnOf, String base, int items, String countedBy,
                             Language original, List<String> own, BiConsumer<Integer, String> setOwn,
                             IntFunction<String> field, int max, Map<String, Map<String, String>> translations,
                             List<ImportReport.Problem> problems, Reasons reasons) {
        for (Language language : Language.values()) {
            String column = columnOf.get(base + "_" + language.code());
            if (row.get(column) == null || row.get(column).isBlank()) {
                continue;
            }
            List<String> entries = entries(row, column, items, countedBy, problems, reasons);
            for (int i = 0; i < items; i++) {
                String text = entries.get(i) == null ? null : entries.get(i).strip();
                if (text == null) {
                    continue;
                }
                String mine = own.get(i);
                if (text.length() > max) {
                    problems.add(new ImportReport.Problem(row.number(), column, text,
                            reasons.text("textLength", String.valueOf(max))));
                } else if (language != original) {
                    translations.computeIfAbsent(language.code(), k -> new LinkedHashMap<>())
                            .put(field.apply(i), text);
                } else if (mine == null || mine.isBlank()) {
                    setOwn.accept(i, text);
                } else if (!mine.strip().equals(text)) {
                    problems.add(new ImportReport.Problem(row.number(), column, text,
                            reasons.text("originalDiffers", base, language.code())));
                }
            }
        }
    }

    /** The columns of a list's text in every language: base_en, base_fr, base_es. */
    static void addTo(Map<String, List<String>> columns, String base) {
        for (Language language : Language.values()) {
            columns.put(base + "_" + language.code(), List.of(base + "_" + language.code()));
        }
    }

    private static List<String> split(String cell) {
        List<String> entries = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return entries;
        }
        for (String entry : SEPARATOR.split(cell, -1)) {
            entries.add(entry.strip().replace(";;", ";"));
        }
        return entries;
    }
}
