package org.socialprotection.map.scheme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.workflow.AtlasRecord;

/** A social protection scheme of one country, as the law sets it and as it works in practice. */
@Entity
@Audited
@Table(name = "scheme")
public class Scheme extends AtlasRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Column(name = "country_iso3", nullable = false)
    private String countryIso3;

    @Column(name = "official_name", nullable = false)
    private String officialName;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_es")
    private String nameEs;

    @Column(name = "acronym")
    private String acronym;

    @Column(name = "description")
    private String description;

    /** The language its texts (description, note, coverage reasons) are written in; translations are the others. */
    @Column(name = "original_language", nullable = false)
    private String originalLanguage = Language.EN.code();

    @ElementCollection
    @CollectionTable(name = "scheme_branch", joinColumns = @JoinColumn(name = "scheme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "branch", nullable = false)
    private Set<Branch> branches = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme_type")
    private SchemeType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "participation")
    private Participation participation;

    @ElementCollection
    @CollectionTable(name = "scheme_benefit_form", joinColumns = @JoinColumn(name = "scheme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_form", nullable = false)
    private Set<BenefitForm> benefitForms = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "scheme_coverage", joinColumns = @JoinColumn(name = "scheme_id"))
    private Set<GroupCoverage> coverage = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "scheme_coverage_figure", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<CoverageFigure> coverageFigures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "scheme_reform", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<SchemeReform> reforms = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme_status", nullable = false)
    private SchemeStatus schemeStatus = SchemeStatus.ACTIVE;

    @Column(name = "start_date")
    private String startDate;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_date")
    private String endDate;

    @Column(name = "end_year")
    private Integer endYear;

    @Column(name = "institution")
    private String institution;

    @Column(name = "legal_basis")
    private String legalBasis;

    /** What the sources do not confirm. */
    @Column(name = "note")
    private String note;

    @ElementCollection
    @CollectionTable(name = "scheme_source", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected Scheme() {
    }

    public Scheme(String slug, String countryIso3, String officialName) {
        this.slug = slug;
        this.countryIso3 = countryIso3;
        this.officialName = officialName;
    }

    public String name(Language language) {
        return language.pick(nameEn == null ? officialName : nameEn, nameFr, nameEs);
    }

    public void setNames(String en, String fr, String es) {
        this.nameEn = en;
        this.nameFr = fr;
        this.nameEs = es;
    }

    /** Keeps the year beside the partial date so that "in force in YEAR" is a plain comparison. */
    public void setPeriod(PartialDate start, PartialDate end) {
        if (start != null && end != null && end.value().compareTo(start.value()) < 0) {
            throw new IllegalArgumentException("the end date " + end + " is before the start date " + start);
        }
        this.startDate = start == null ? null : start.value();
        this.startYear = start == null ? null : start.year();
        this.endDate = end == null ? null : end.value();
        this.endYear = end == null ? null : end.year();
    }

    /** Legal coverage of a group, one entry per group. */
    public void setCoverage(WorkerGroup group, CoverageStatus status, String reason) {
        coverage.removeIf(c -> c.group() == group);
        coverage.add(new GroupCoverage(group, status, reason));
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getCountryIso3() { return countryIso3; }
    public void setCountryIso3(String countryIso3) { this.countryIso3 = countryIso3; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String officialName) { this.officialName = officialName; }
    public String getNameEn() { return nameEn; }
    public String getNameFr() { return nameFr; }
    public String getNameEs() { return nameEs; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Language getOriginalLanguage() { return Language.of(originalLanguage).orElse(Language.EN); }
    public void setOriginalLanguage(Language language) { this.originalLanguage = language.code(); }
    public Set<Branch> getBranches() { return branches; }
    public SchemeType getType() { return type; }
    public void setType(SchemeType type) { this.type = type; }
    public Participation getParticipation() { return participation; }
    public void setParticipation(Participation participation) { this.participation = participation; }
    public Set<BenefitForm> getBenefitForms() { return benefitForms; }
    public Set<GroupCoverage> getCoverage() { return coverage; }
    public List<CoverageFigure> getCoverageFigures() { return coverageFigures; }

    public List<SchemeReform> getReforms() { return reforms; }
    public SchemeStatus getSchemeStatus() { return schemeStatus; }
    public void setSchemeStatus(SchemeStatus schemeStatus) { this.schemeStatus = schemeStatus; }
    public String getStartDate() { return startDate; }
    public Integer getStartYear() { return startYear; }
    public String getEndDate() { return endDate; }
    public Integer getEndYear() { return endYear; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<Source> getSources() { return sources; }

    @Override
    public String title() { return officialName; }

    @Override
    public String reference() { return slug; }

    @Override
    public List<Source> sources() { return sources; }

    @Override
    public String publicPath() { return "/schemes/" + id; }
}
