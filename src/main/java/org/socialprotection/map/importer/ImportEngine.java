package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.persistence.EntityManager;
import org.socialprotection.map.history.PendingHistory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Runs an import. Every row goes through its kind's form checks and is written inside one transaction of its own,
 * rolled back for a dry run or when any row is wrong: all or nothing, and the dry run exercises exactly what the
 * commit would do. With the partial choice the valid rows are committed and the wrong ones left out; a row is written
 * only once every check of it has passed, so leaving it out needs no undoing.
 */
@Service
class ImportEngine {

    /**
     * Rows written between two clears of the persistence context: without them every flush re-checks every record
     * imported so far, and a large file slows down with the square of its length.
     */
    static final int BATCH = 200;

    private final EntityManager entityManager;
    private final PendingHistory history;
    private final MessageSource messages;

    ImportEngine(EntityManager entityManager, PendingHistory history, MessageSource messages) {
        this.entityManager = entityManager;
        this.history = history;
        this.messages = messages;
    }

    /** Told how far an import has got: rows done out of rows in all. */
    interface Progress {
        Progress NONE = (done, total) -> { };

        void rows(int done, int total);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public <F> ImportReport run(ImportKind<F> kind, byte[] file, Map<String, String> mapping, boolean dryRun,
                                boolean partial, String username, Progress progress, Locale locale) {
        Reasons reasons = new Reasons(messages, locale);
        Table table = TableReader.read(file);
        progress.rows(0, table.rows().size());
        Map<String, String> columnOf = resolve(kind, table.columns(), mapping);
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            boolean none = m.getValue() == null || m.getValue().isBlank();
            if (!kind.columns().containsKey(m.getKey())) {
                problems.add(new ImportReport.Problem(1, m.getValue(), m.getKey(), reasons.text("unknownField",
                        m.getKey(), String.join(", ", kind.columns().keySet()))));
            } else if (!none && !table.columns().contains(m.getValue())) {
                problems.add(new ImportReport.Problem(1, m.getValue(), null, reasons.text("noSuchColumn")));
            }
        }
        for (String required : kind.required()) {
            if (columnOf.get(required) == null) {
                problems.add(new ImportReport.Problem(1, required, null, reasons.text("requiredColumn", required)));
            }
        }
        kind.checkColumns(columnOf, problems, reasons);
        Outcomes outcomes = new Outcomes();
        boolean columnsReadable = problems.isEmpty();
        if (columnsReadable) {
            ImportKind.Run<F> run = kind.begin(reasons, username);
            Map<String, Integer> seen = new HashMap<>();
            int processed = 0;
            for (Table.Row row : table.rows()) {
                processed++;
                if (row.refused() != null) {
                    problems.add(new ImportReport.Problem(row.number(), "geometry", null, row.refused()));
                } else {
                    List<ImportReport.Problem> rowProblems = row(kind, run, row, columnOf, seen, outcomes, reasons);
                    problems.addAll(rowProblems);
                }
                if (processed % BATCH == 0) {
                    flush(dryRun);
                    entityManager.clear();
                    progress.rows(processed, table.rows().size());
                }
            }
            flush(dryRun);
        }
        // a partial import stores the valid rows; the refused ones never reached the database (a row is saved only
        // once every check of it has passed), so committing leaves them out and nothing else
        boolean commit = !dryRun && columnsReadable && (problems.isEmpty() || partial);
        if (!commit) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        kind.columns().keySet().forEach(field -> fields.put(field, columnOf.get(field)));
        List<String> ignored = table.columns().stream().filter(c -> !fields.containsValue(c)).toList();
        List<String> dates = ignored.stream().filter(c -> DateColumns.looksLikeDates(c, table)).toList();
        return new ImportReport(TableReader.detect(file).name().toLowerCase(Locale.ROOT), table.rows().size(),
                outcomes.valid, dryRun, commit, problems, commit ? outcomes.created : List.of(), table.columns(),
                fields, partial, outcomes.created.size(), outcomes.updated, outcomes.unchanged, outcomes.changes,
                ignored, dates);
    }

    /**
     * Writes the rows saved since the last batch, and their history (the import's one revision) unless this is a dry
     * run: batch by batch, as the rows go, rather than every audit row of the import in one lump at the commit.
     */
    private void flush(boolean dryRun) {
        entityManager.flush();
        if (!dryRun) {
            history.write(BATCH);
        }
    }

    /** What the valid rows did, row by row. */
    private static final class Outcomes {
        int valid;
        final List<Long> created = new ArrayList<>();
        int updated;
        int unchanged;
        final List<ImportReport.Change> changes = new ArrayList<>();

        void add(int row, ImportKind.Saved saved) {
            valid++;
            switch (saved.outcome()) {
                case CREATED -> created.add(saved.id());
                case UPDATED -> {
                    updated++;
                    changes.add(new ImportReport.Change(row, saved.id(), "updated"));
                }
                case PROPOSED -> {
                    updated++;
                    changes.add(new ImportReport.Change(row, saved.id(), "newVersion"));
                }
                case UNCHANGED -> {
                    unchanged++;
                    changes.add(new ImportReport.Change(row, saved.id(), "unchanged"));
                }
            }
        }
    }

    /** Checks and saves one row; answers its problems, none when it is valid. */
    private static <F> List<ImportReport.Problem> row(ImportKind<F> kind, ImportKind.Run<F> run, Table.Row row,
                                                      Map<String, String> columnOf, Map<String, Integer> seen,
                                                      Outcomes outcomes, Reasons reasons) {
        List<ImportReport.Problem> rowProblems = new ArrayList<>();
        F form = kind.form(row, columnOf, rowProblems, reasons);
        for (ImportKind.Key key : kind.duplicateKeys(form)) {
            Integer first = seen.putIfAbsent(key.value(), row.number());
            if (first != null) {
                String column = key.field() == null ? null : columnOf.get(key.field());
                rowProblems.add(new ImportReport.Problem(row.number(), column, row.get(column),
                        reasons.text("sameAsRow", String.valueOf(first))));
                break;
            }
        }
        if (rowProblems.isEmpty()) {
            run.repeats(form).ifPresent(what -> rowProblems.add(new ImportReport.Problem(row.number(), null, null,
                    what)));
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "row");
        ImportKind.Saved saved = rowProblems.isEmpty() ? run.save(form, errors) : null;
        errors.getFieldErrors().forEach(e -> rowProblems.add(new ImportReport.Problem(row.number(),
                column(kind, e.getField(), columnOf), e.getRejectedValue() == null ? null
                : String.valueOf(e.getRejectedValue()), kind.reason(e.getField(), reasons.of(e), form, reasons))));
        if (saved != null && rowProblems.isEmpty()) {
            outcomes.add(row.number(), saved);
        }
        return rowProblems;
    }

    /**
     * The column of each field: the mapping's, else the first of the field's names that the file has, else (for a
     * survey's groups, "visit/worker_group") a column whose last part is that name, else one ending as a "*" name.
     */
    static Map<String, String> resolve(ImportKind<?> kind, List<String> columns, Map<String, String> mapping) {
        Map<String, String> columnOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : kind.columns().entrySet()) {
            String mapped = mapping.get(field.getKey());
            if (mapped != null) {
                // a blank mapping says "no column", even where a column of the usual name exists
                columnOf.put(field.getKey(), !mapped.isBlank() && columns.contains(mapped) ? mapped : null);
                continue;
            }
            String match = null;
            for (String name : field.getValue()) {
                match = columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
                if (match != null) {
                    break;
                }
            }
            for (String name : field.getValue()) {
                if (match != null) {
                    break;
                }
                match = columns.stream().filter(c -> !name.startsWith("*") && c.contains("/")
                        && c.substring(c.lastIndexOf('/') + 1).equalsIgnoreCase(name)).findFirst().orElse(null);
            }
            for (String name : field.getValue()) {
                if (match != null) {
                    break;
                }
                match = columns.stream().filter(c -> name.startsWith("*") && c.toLowerCase(Locale.ROOT)
                        .endsWith(name.substring(1).toLowerCase(Locale.ROOT))).findFirst().orElse(null);
            }
            if (match != null && !columnOf.containsValue(match)) {
                columnOf.put(field.getKey(), match);
            }
        }
        return columnOf;
    }

    private static String column(ImportKind<?> kind, String formField, Map<String, String> columnOf) {
        String field = kind.fieldOf(formField);
        String column = columnOf.get(field);
        return column == null ? field : column;
    }
}
