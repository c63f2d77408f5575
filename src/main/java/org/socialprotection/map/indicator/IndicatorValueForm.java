package org.socialprotection.map.indicator;

import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordForm;

/** What the indicator value form sends: text as typed, validated by {@link IndicatorValueEditor}. */
public class IndicatorValueForm extends RecordForm {

    private String country;
    private String indicator;
    private String year;
    /** A decimal comma is accepted. */
    private String value;
    /** Blank for the indicator's own unit. */
    private String unit;
    private String sourceTitle;
    private String sourceUrl;

    static IndicatorValueForm of(IndicatorValue v) {
        IndicatorValueForm f = new IndicatorValueForm();
        f.setId(v.getId());
        f.setVersion(v.getVersion());
        f.country = v.getCountryIso3();
        f.indicator = v.getIndicatorCode();
        f.year = String.valueOf(v.getYear());
        f.value = FieldChecks.plainNumber(v.getValue());
        f.unit = v.getUnit();
        f.sourceTitle = v.getSourceTitle();
        f.sourceUrl = v.getSourceUrl();
        return f;
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getIndicator() { return indicator; }
    public void setIndicator(String indicator) { this.indicator = indicator; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getSourceTitle() { return sourceTitle; }
    public void setSourceTitle(String sourceTitle) { this.sourceTitle = sourceTitle; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
}
