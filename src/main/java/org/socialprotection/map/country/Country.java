package org.socialprotection.map.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Language;

/**
 * A country or territory of ISO 3166-1. Reference data loaded from data/boundaries, not edited by researchers.
 * The boundary is the precise layer used to tell which country a point is in; the display geometry is simplified
 * for the web map.
 */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "iso3", length = 3)
    private String iso3;

    @Column(name = "iso2")
    private String iso2;

    @Column(name = "numeric_code")
    private String numericCode;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "region")
    private String region;

    @Column(name = "subregion")
    private String subregion;

    @Column(name = "boundary")
    private MultiPolygon boundary;

    @Column(name = "display_geom")
    private MultiPolygon displayGeometry;

    @Column(name = "label_point")
    private Point labelPoint;

    protected Country() {
    }

    public Country(String iso3, String iso2, String numericCode, String nameEn, String nameFr, String nameEs,
                   String region, String subregion) {
        this.iso3 = iso3;
        this.iso2 = iso2;
        this.numericCode = numericCode;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.nameEs = nameEs;
        this.region = region;
        this.subregion = subregion;
    }

    public String name(Language language) {
        return language.pick(nameEn, nameFr, nameEs);
    }

    public void setGeometries(MultiPolygon boundary, MultiPolygon displayGeometry, Point labelPoint) {
        this.boundary = boundary;
        this.displayGeometry = displayGeometry;
        this.labelPoint = labelPoint;
    }

    public String getIso3() { return iso3; }
    public String getIso2() { return iso2; }
    public String getNumericCode() { return numericCode; }
    public String getNameEn() { return nameEn; }
    public String getNameFr() { return nameFr; }
    public String getNameEs() { return nameEs; }
    public String getRegion() { return region; }
    public String getSubregion() { return subregion; }
    public MultiPolygon getBoundary() { return boundary; }
    public MultiPolygon getDisplayGeometry() { return displayGeometry; }
    public Point getLabelPoint() { return labelPoint; }
}
