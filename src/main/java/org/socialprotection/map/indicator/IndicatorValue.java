package org.socialprotection.map.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import java.util.List;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.workflow.AtlasRecord;

/** The value of an indicator for a country and a year, with its source. */
@Entity
@Audited
@Table(name = "indicator_value")
public class IndicatorValue extends AtlasRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_iso3", nullable = false)
    private String countryIso3;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(name = "value_year", nullable = false)
    private int year;

    @Column(name = "figure", nullable = false)
    private double value;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "source_title", nullable = false)
    private String sourceTitle;

    @Column(name = "source_url")
    private String sourceUrl;

    protected IndicatorValue() {
    }

    public IndicatorValue(String countryIso3, String indicatorCode, int year, double value, String unit,
                          String sourceTitle, String sourceUrl) {
        if (sourceTitle == null || sourceTitle.isBlank()) {
            throw new IllegalArgumentException("an indicator value needs a source");
        }
        this.countryIso3 = countryIso3;
        this.indicatorCode = indicatorCode;
        this.year = year;
        this.value = value;
        this.unit = unit;
        this.sourceTitle = sourceTitle;
        this.sourceUrl = sourceUrl;
    }

    public Long getId() { return id; }
    public String getCountryIso3() { return countryIso3; }
    public void setCountryIso3(String countryIso3) { this.countryIso3 = countryIso3; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public double getValue() { return value; }
    public void setValue(double value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getSourceTitle() { return sourceTitle; }
    public void setSourceTitle(String sourceTitle) { this.sourceTitle = sourceTitle; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }

    @Override
    public String title() { return indicatorCode + " · " + countryIso3 + " · " + year; }

    @Override
    public String reference() { return indicatorCode + "/" + countryIso3 + "/" + year; }

    @Override
    public List<Source> sources() {
        return sourceTitle == null || sourceTitle.isBlank() ? List.of() : List.of(new Source(sourceTitle, sourceUrl, null));
    }

    /** Indicator values are read on their country's page. */
    @Override
    public String publicPath() { return "/countries/" + countryIso3; }
}
