package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeEditor;
import org.socialprotection.map.scheme.SchemeForm;
import org.socialprotection.map.scheme.SchemeTexts;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Schemes from a table. Legal coverage is one cell, "group=status: reason; group=status", for instance
 * "domestic_workers=covered; street_vendors=excluded: not employees" (a ";" in a reason doubled), its reasons' translations
 * in coverage_reasons_fr and the like. A row carries its scheme's reforms in the reform_* columns, one entry a reform
 * in the same order ("2004; 2018-07"; see {@link ListCells}), and what each changed in other languages in
 * reform_change_fr and the like.
 */
@Component
class SchemeRows implements ImportKind<SchemeForm> {

    private final RecordWrites drafts;
    private final SchemeEditor editor;
    private final TranslationDesk translations;

    /** The description and the note may come in one column per language (description_fr, note_es, ...). */
    static final TranslatedColumns TEXTS = new TranslatedColumns(Map.of("description", "description", "note", "note"));

    /** What each reform changed; each language's in a column of its own: reform_change_fr, ... */
    static final String REFORM_CHANGE = "reform_change";

    /** Each language's coverage reasons have a column of their own: coverage_reasons_fr, ... */
    static final String REASONS = "coverage_reasons_";

    /** A ";" between entries, not one of a doubled ";;" inside a reason. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!;);(?!;)");

    SchemeRows(RecordWrites drafts, SchemeEditor editor, TranslationDesk translations) {
        this.drafts = drafts;
        this.editor = editor;
        this.translations = translations;
    }

    @Override
    public String name() {
        return "schemes";
    }

    @Override
    public Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("country", List.of("country", "iso3"));
        c.put("official_name", List.of("official_name", "name"));
        c.put("name_en", List.of("name_en"));
        c.put("name_fr", List.of("name_fr"));
        c.put("name_es", List.of("name_es"));
        c.put("acronym", List.of("acronym"));
        c.put("description", List.of("description"));
        c.put("original_language", List.of("original_language"));
        c.put("note", List.of("note"));
        TEXTS.addTo(c);
        c.put("branches", List.of("branches", "branch"));
        c.put("type", List.of("type"));
        c.put("participation", List.of("participation"));
        c.put("benefit_forms", List.of("benefit_forms"));
        c.put("coverage", List.of("coverage", "legal_coverage"));
        for (Language language : Language.values()) {
            c.put(REASONS + language.code(), List.of(REASONS + language.code()));
        }
        c.put("status", List.of("status", "scheme_status"));
        c.put("start_date", List.of("start_date", "start", "year"));
        c.put("end_date", List.of("end_date", "end"));
        c.put("institution", List.of("institution"));
        c.put("legal_basis", List.of("legal_basis"));
        c.put("source_title", List.of("source_title", "source"));
        c.put("source_url", List.of("source_url", "url"));
        c.put("reform_date", List.of("reform_date"));
        c.put(REFORM_CHANGE, List.of(REFORM_CHANGE, "reform"));
        c.put("reform_group", List.of("reform_group"));
        c.put("reform_status_before", List.of("reform_status_before"));
        c.put("reform_source_title", List.of("reform_source_title"));
        c.put("reform_source_url", List.of("reform_source_url"));
        ListCells.addTo(c, REFORM_CHANGE);
        return c;
    }

    @Override
    public List<String> required() {
        return List.of("country", "official_name", "branches");
    }

    @Override
    public String template() {
        return "\uFEFFcountry,official_name,name_en,name_fr,name_es,acronym,description,branches,type,participation,"
                + "benefit_forms,coverage,status,start_date,end_date,institution,legal_basis,source_title,source_url,"
                + "reform_date,reform_change,reform_group,reform_status_before,reform_source_title,reform_source_url\r\n"
                + "GHA,National Health Insurance Scheme,National Health Insurance Scheme,,,NHIS,"
                + "\"Informal-sector members pay an annual premium.\",medical_care,contributory_social_insurance,,in_kind,"
                + "informal_workers=voluntary: members pay a premium,active,2004,,,,"
                + "PMC article on the NHIS,https://pmc.ncbi.nlm.nih.gov/articles/PMC4300159,,,,,,\r\n";
    }

    @Override
    public SchemeForm form(Table.Row row, Map<String, String> columnOf, List<ImportReport.Problem> problems,
                           Reasons reasons) {
        SchemeForm form = new SchemeForm();
        form.setCountry(RowValues.upper(row.get(columnOf.get("country"))));
        form.setOfficialName(row.get(columnOf.get("official_name")));
        form.setNameEn(row.get(columnOf.get("name_en")));
        form.setNameFr(row.get(columnOf.get("name_fr")));
        form.setNameEs(row.get(columnOf.get("name_es")));
        form.setAcronym(row.get(columnOf.get("acronym")));
        form.setDescription(row.get(columnOf.get("description")));
        form.setOriginalLanguage(RowValues.code(row.get(columnOf.get("original_language"))));
        form.setNote(row.get(columnOf.get("note")));
        form.setTranslations(TEXTS.read(row, columnOf, Language.of(form.getOriginalLanguage()).orElse(Language.EN),
                field -> "note".equals(field) ? form.getNote() : form.getDescription(),
                (field, text) -> {
                    if ("note".equals(field)) {
                        form.setNote(text);
                    } else {
                        form.setDescription(text);
                    }
                }, problems, reasons));
        form.setBranches(RowValues.codes(row.get(columnOf.get("branches"))));
        form.setType(RowValues.code(row.get(columnOf.get("type"))));
        form.setParticipation(RowValues.orDefault(RowValues.code(row.get(columnOf.get("participation"))), "unknown"));
        form.setBenefitForms(RowValues.codes(row.get(columnOf.get("benefit_forms"))));
        form.setCoverage(coverage(row, columnOf.get("coverage"), problems, reasons));
        form.setTranslations(coverageReasons(row, columnOf, form, problems, reasons));
        form.setSchemeStatus(RowValues.orDefault(RowValues.code(row.get(columnOf.get("status"))), "active"));
        form.setStartDate(row.get(columnOf.get("start_date")));
        form.setEndDate(row.get(columnOf.get("end_date")));
        form.setInstitution(row.get(columnOf.get("institution")));
        form.setLegalBasis(row.get(columnOf.get("legal_basis")));
        form.setSources(RowValues.source(row.get(columnOf.get("source_title")), row.get(columnOf.get("source_url"))));
        form.setReforms(reforms(row, columnOf, problems, reasons));
        Map<String, Map<String, String>> translations = new LinkedHashMap<>(form.getTranslations());
        List<SchemeForm.ReformRow> reforms = form.getReforms();
        ListCells.translations(row, columnOf, REFORM_CHANGE, reforms.size(), "reform_date",
                Language.of(form.getOriginalLanguage()).orElse(Language.EN),
                reforms.stream().map(SchemeForm.ReformRow::getChange).toList(),
                (i, text) -> reforms.get(i).setChange(text), SchemeTexts::reform, SchemeTexts.REFORM_LENGTH,
                translations, problems, reasons);
        form.setTranslations(translations);
        return form;
    }

    /**
     * The row's reforms: as many as reform_date has entries, each other reform_* column giving theirs in the same
     * order (a single reform takes its cells whole, as before several could be given).
     */
    private static List<SchemeForm.ReformRow> reforms(Table.Row row, Map<String, String> columnOf,
                                                      List<ImportReport.Problem> problems, Reasons reasons) {
        int count = ListCells.count(row.get(columnOf.get("reform_date")));
        if (count == 0) {
            // a reform without a date still reaches the form's checks, which say what it lacks
            SchemeForm.ReformRow reform = reform(row, columnOf);
            return reform.blank() ? new ArrayList<>() : new ArrayList<>(List.of(reform));
        }
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (String column : List.of("reform_date", REFORM_CHANGE, "reform_group", "reform_status_before",
                "reform_source_title", "reform_source_url")) {
            cells.put(column, ListCells.entries(row, columnOf.get(column), count, "reform_date", problems, reasons));
        }
        List<SchemeForm.ReformRow> reforms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SchemeForm.ReformRow reform = new SchemeForm.ReformRow();
            reform.setDate(cells.get("reform_date").get(i));
            reform.setChange(cells.get(REFORM_CHANGE).get(i));
            reform.setGroup(RowValues.code(cells.get("reform_group").get(i)));
            reform.setStatusBefore(RowValues.code(cells.get("reform_status_before").get(i)));
            reform.getSource().setTitle(cells.get("reform_source_title").get(i));
            reform.getSource().setUrl(cells.get("reform_source_url").get(i));
            reforms.add(reform);
        }
        return reforms;
    }

    private static SchemeForm.ReformRow reform(Table.Row row, Map<String, String> columnOf) {
        SchemeForm.ReformRow reform = new SchemeForm.ReformRow();
        reform.setDate(row.get(columnOf.get("reform_date")));
        reform.setChange(row.get(columnOf.get(REFORM_CHANGE)));
        reform.setGroup(RowValues.code(row.get(columnOf.get("reform_group"))));
        reform.setStatusBefore(RowValues.code(row.get(columnOf.get("reform_status_before"))));
        reform.getSource().setTitle(row.get(columnOf.get("reform_source_title")));
        reform.getSource().setUrl(row.get(columnOf.get("reform_source_url")));
        return reform;
    }

    private static List<SchemeForm.CoverageRow> coverage(Table.Row row, String column, List<ImportReport.Problem> problems,
                                                         Reasons reasons) {
        Map<String, String[]> given = new LinkedHashMap<>();
        for (String entry : entries(row.get(column))) {
            String[] groupAndRest = entry.split("=", 2);
            if (groupAndRest.length < 2) {
                problems.add(new ImportReport.Problem(row.number(), column, entry.trim(),
                        reasons.text("coverageFormat")));
                continue;
            }
            String[] statusAndReason = groupAndRest[1].split(":", 2);
            given.put(RowValues.code(groupAndRest[0]), new String[] {RowValues.code(statusAndReason[0]),
                    statusAndReason.length > 1 && !statusAndReason[1].isBlank() ? statusAndReason[1].trim() : null});
        }
        List<SchemeForm.CoverageRow> rows = new ArrayList<>();
        for (String group : given.keySet()) {
            if (Coded.find(WorkerGroup.class, group).isEmpty()) {
                problems.add(new ImportReport.Problem(row.number(), column, group,
                        reasons.text("unknownGroup", String.valueOf(Coded.codes(WorkerGroup.class)))));
            }
        }
        for (WorkerGroup group : WorkerGroup.values()) {
            SchemeForm.CoverageRow r = new SchemeForm.CoverageRow();
            r.setGroup(group.code());
            String[] value = given.get(group.code());
            if (value != null) {
                r.setStatus(value[0]);
                r.setReason(value[1]);
            }
            rows.add(r);
        }
        return rows;
    }

    /**
     * The entries of a cell separated by ";", as the export writes them: a ";" inside a reason is doubled there
     * (";;") and comes back single.
     */
    static List<String> entries(String cell) {
        List<String> entries = new ArrayList<>();
        if (cell != null) {
            for (String entry : SEPARATOR.split(cell)) {
                if (!entry.isBlank()) {
                    entries.add(entry.replace(";;", ";"));
                }
            }
        }
        return entries;
    }

    /**
     * The coverage reasons in each language's column ("street_vendors: not employees; domestic_workers: ..."), as
     * the export writes them. The original's fill the reasons the coverage cell left empty and must agree with the
     * others; the other languages join the row's translation drafts ("reason.street_vendors"). A reason needs the
     * group's coverage in the same row.
     */
    private static Map<String, Map<String, String>> coverageReasons(Table.Row row, Map<String, String> columnOf,
                                                                    SchemeForm form,
                                                                    List<ImportReport.Problem> problems,
                                                                    Reasons reasons) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        form.getTranslations().forEach((code, texts) -> translations.put(code, new LinkedHashMap<>(texts)));
        Language original = Language.of(form.getOriginalLanguage()).orElse(Language.EN);
        Map<String, SchemeForm.CoverageRow> coverage = new LinkedHashMap<>();
        form.getCoverage().forEach(c -> coverage.put(c.getGroup(), c));
        for (Language language : Language.values()) {
            String column = columnOf.get(REASONS + language.code());
            for (String entry : entries(row.get(column))) {
                String[] groupAndReason = entry.split(":", 2);
                String group = RowValues.code(groupAndReason[0]);
                String text = groupAndReason.length < 2 ? "" : groupAndReason[1].strip();
                SchemeForm.CoverageRow covered = coverage.get(group);
                if (text.isEmpty()) {
                    problems.add(new ImportReport.Problem(row.number(), column, entry.strip(),
                            reasons.text("coverageReasonFormat")));
                } else if (Coded.find(WorkerGroup.class, group).isEmpty()) {
                    problems.add(new ImportReport.Problem(row.number(), column, groupAndReason[0].strip(),
                            reasons.text("unknownGroup", String.valueOf(Coded.codes(WorkerGroup.class)))));
                } else if (covered == null || covered.getStatus() == null || covered.getStatus().isBlank()) {
                    problems.add(new ImportReport.Problem(row.number(), column, group,
                            reasons.text("reasonWithoutCoverage", group)));
                } else if (text.length() > TranslatedColumns.MAX_LENGTH) {
                    problems.add(new ImportReport.Problem(row.number(), column, group,
                            reasons.text("textLength", String.valueOf(TranslatedColumns.MAX_LENGTH))));
                } else if (language != original) {
                    translations.computeIfAbsent(language.code(), k -> new LinkedHashMap<>())
                            .put("reason." + group, text);
                } else if (covered.getReason() == null || covered.getReason().isBlank()) {
                    covered.setReason(text);
                } else if (!covered.getReason().strip().equals(text)) {
                    problems.add(new ImportReport.Problem(row.number(), column, text,
                            reasons.text("originalDiffers", "legal_coverage", language.code())));
                }
            }
        }
        return translations;
    }

    @Override
    public Long save(SchemeForm form, Errors errors, String username) {
        Scheme saved = drafts.createDraft(editor, form, errors, username);
        if (saved == null) {
            return null;
        }
        TranslatedColumns.save(translations, SchemeEditor.TYPE.segment(), saved.getId(), saved.getOriginalLanguage(),
                form.getTranslations(), username);
        return saved.getId();
    }

    @Override
    public String fieldOf(String formField) {
        if (formField.startsWith("coverage[")) {
            return "coverage";
        }
        return switch (RowValues.rowField(formField)) {
            case "officialName" -> "official_name";
            case "nameEn" -> "name_en";
            case "nameFr" -> "name_fr";
            case "nameEs" -> "name_es";
            case "benefitForms" -> "benefit_forms";
            case "schemeStatus" -> "status";
            case "startDate" -> "start_date";
            case "endDate" -> "end_date";
            case "legalBasis" -> "legal_basis";
            case "originalLanguage" -> "original_language";
            case "sources", "sources.title" -> "source_title";
            case "sources.url" -> "source_url";
            case "reforms.date" -> "reform_date";
            case "reforms.change" -> "reform_change";
            case "reforms.group" -> "reform_group";
            case "reforms.statusBefore" -> "reform_status_before";
            case "reforms.source.title" -> "reform_source_title";
            case "reforms.source.url" -> "reform_source_url";
            default -> formField;
        };
    }

    @Override
    public String duplicateKey(SchemeForm form) {
        return form.getCountry() + "|" + String.valueOf(form.getOfficialName()).toLowerCase(Locale.ROOT);
    }
}
