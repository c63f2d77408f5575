package org.socialprotection.map.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.socialprotection.map.atlas.Language;

/** What an indicator measures, in the atlas's three languages. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "description")
    private String description;

    protected Indicator() {
    }

    public Indicator(String code, String nameEn, String nameFr, String nameEs, String unit, String description) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.nameEs = nameEs;
        this.unit = unit;
        this.description = description;
    }

    public String name(Language language) {
        return language.pick(nameEn, nameFr, nameEs);
    }

    public String getCode() { return code; }
    public String getUnit() { return unit; }
    public String getDescription() { return description; }
}
