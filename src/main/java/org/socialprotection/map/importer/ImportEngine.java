package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.persistence.EntityManager;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Runs an import. Every row goes through its kind's form checks and is written inside one transaction of its own,
 * rolled back for a dry run or when any row is wrong: all or nothing, and the dry run exercises exactly what the
 * commit would do.
 */
@Service
class ImportEngine {

    /**
     * Rows written between two clears of the persistence context: without them every flush re-checks every record
     * imported so far, and a large file slows down with the square of its length.
     */
    static final int BATCH = 200;

    private final EntityManager entityManager;
    private final MessageSource messages;

    ImportEngine(EntityManager entityManager, MessageSource messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /** Told how far an import has got: rows done out of rows in all. */
    interface Progress {
        Progress NONE = (done, total) -> { };

        void rows(int done, int total);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public <F> ImportReport run(ImportKind<F> kind, byte[] file, Map<String, String> mapping, boolean dryRun,
                                String username, Progress progress, Locale locale) {
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
        List<Long> created = new ArrayList<>();
        int valid = 0;
        if (problems.isEmpty()) {
            ImportKind.Existing<F> existing = kind.existing(reasons);
            Map<String, Integer> seen = new HashMap<>();
            int processed = 0;
            for (Table.Row row : table.rows()) {
                processed++;
                if (row.refused() != null) {
                    problems.add(new ImportReport.Problem(row.number(), "geometry", null, row.refused()));
                } else {
                    List<ImportReport.Problem> rowProblems = row(kind, row, columnOf, seen, existing, created, username,
                            reasons);
                    if (rowProblems.isEmpty()) {
                        valid++;
                    }
                    problems.addAll(rowProblems);
                }
                if (processed % BATCH == 0) {
                    entityManager.flush();
                    entityManager.clear();
                    progress.rows(processed, table.rows().size());
                }
            }
        }
        boolean commit = !dryRun && problems.isEmpty();
        if (!commit) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        kind.columns().keySet().forEach(field -> fields.put(field, columnOf.get(field)));
        return new ImportReport(TableReader.detect(file).name().toLowerCase(Locale.ROOT), table.rows().size(), valid,
                dryRun, commit, problems, commit ? created : List.of(), table.columns(), fields);
    }

    /** Checks and saves one row; answers its problems, none when it is valid. */
    private static <F> List<ImportReport.Problem> row(ImportKind<F> kind, Table.Row row, Map<String, String> columnOf,
                                                      Map<String, Integer> seen, ImportKind.Existing<F> existing,
                                                      List<Long> created, String username, Reasons reasons) {
        List<ImportReport.Problem> rowProblems = new ArrayList<>();
        F form = kind.form(row, columnOf, rowProblems, reasons);
        Integer first = seen.putIfAbsent(kind.duplicateKey(form), row.number());
        if (first != null) {
            rowProblems.add(new ImportReport.Problem(row.number(), null, null,
                    reasons.text("sameAsRow", String.valueOf(first))));
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "row");
        Long id = rowProblems.isEmpty() ? kind.save(form, errors, username) : null;
        errors.getFieldErrors().forEach(e -> rowProblems.add(new ImportReport.Problem(row.number(),
                column(kind, e.getField(), columnOf), e.getRejectedValue() == null ? null
                : String.valueOf(e.getRejectedValue()), kind.reason(e.getField(), reasons.of(e), form, reasons))));
        if (id != null) {
            existing.repeatedBy(form, id, row.number()).ifPresent(what -> rowProblems.add(new ImportReport.Problem(row.number(), null,
                    null, what)));
            created.add(id);
        }
        return rowProblems;
    }

    static Map<String, String> resolve(ImportKind<?> kind, List<String> columns, Map<String, String> mapping) {
        Map<String, String> columnOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : kind.columns().entrySet()) {
            String mapped = mapping.get(field.getKey());
            if (mapped != null) {
                // a blank mapping says "no column", even where a column of the usual name exists
                columnOf.put(field.getKey(), !mapped.isBlank() && columns.contains(mapped) ? mapped : null);
                continue;
            }
            for (String name : field.getValue()) {
                String match = columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
                if (match != null) {
                    columnOf.put(field.getKey(), match);
                    break;
                }
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
