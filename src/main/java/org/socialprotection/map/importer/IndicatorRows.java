package org.socialprotection.map.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.indicator.IndicatorValueEditor;
import org.socialprotection.map.indicator.IndicatorValueForm;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Indicator values from a table: one value a row, with its source. */
@Component
class IndicatorRows implements ImportKind<IndicatorValueForm> {

    private final RecordWrites drafts;
    private final IndicatorValueEditor editor;

    IndicatorRows(RecordWrites drafts, IndicatorValueEditor editor) {
        this.drafts = drafts;
        this.editor = editor;
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("country", List.of("country", "iso3"));
        c.put("indicator", List.of("indicator", "indicator_code", "code"));
        c.put("year", List.of("year"));
        c.put("value", List.of("value"));
        c.put("unit", List.of("unit"));
        c.put("source_title", List.of("source_title", "source"));
        c.put("source_url", List.of("source_url", "url"));
        return c;
    }

    @Override
    public List<String> required() {
        return List.of("country", "indicator", "year", "value", "source_title");
    }

    @Override
    public String template() {
        return "\uFEFFcountry,indicator,year,value,unit,source_title,source_url\r\n"
                + "GHA,informal_employment_share,2000,50,percent,\"Example row: replace it with your value and its source\","
                + "https://example.org/your-source\r\n";
    }

    @Override
    public IndicatorValueForm form(Table.Row row, Map<String, String> columnOf, List<ImportReport.Problem> problems,
                            Reasons reasons) {
        IndicatorValueForm form = new IndicatorValueForm();
        form.setCountry(RowValues.upper(row.get(columnOf.get("country"))));
        form.setIndicator(RowValues.code(row.get(columnOf.get("indicator"))));
        form.setYear(row.get(columnOf.get("year")));
        form.setValue(row.get(columnOf.get("value")));
        form.setUnit(RowValues.code(row.get(columnOf.get("unit"))));
        form.setSourceTitle(row.get(columnOf.get("source_title")));
        form.setSourceUrl(row.get(columnOf.get("source_url")));
        return form;
    }

    @Override
    public Long save(IndicatorValueForm form, Errors errors, String username) {
        IndicatorValue saved = drafts.createDraft(editor, form, errors, username);
        return saved == null ? null : saved.getId();
    }

    @Override
    public String fieldOf(String formField) {
        return switch (formField) {
            case "sourceTitle" -> "source_title";
            case "sourceUrl" -> "source_url";
            default -> formField;
        };
    }

    @Override
    public String duplicateKey(IndicatorValueForm form) {
        return form.getCountry() + "|" + form.getIndicator() + "|" + form.getYear();
    }
}
