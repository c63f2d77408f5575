package org.socialprotection.map.scheme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.workspace.RecordForm;
import org.socialprotection.map.workspace.SourceLines;

/** What the scheme form sends: text as typed, validated by {@link SchemeEditor}. */
public class SchemeForm extends RecordForm {

    /** The value of the participation choice that stores no participation. */
    static final String UNKNOWN = "unknown";

    private String country;
    private String officialName;
    private String nameEn;
    private String nameFr;
    private String nameEs;
    private String acronym;
    private String description;
    private List<String> branches = new ArrayList<>();
    private String type;
    private String participation = UNKNOWN;
    private List<String> benefitForms = new ArrayList<>();
    /** One row per worker group; a row without a status is "not stated" and is not stored. */
    private List<CoverageRow> coverage = rows(List.of());
    /** One figure a line: "value | unit | year | group | source title | source URL". */
    private String coverageFigures;
    private String schemeStatus = "active";
    private String startDate;
    private String endDate;
    private String institution;
    private String legalBasis;
    private String note;
    /** One source a line: "Title | https://…". */
    private String sources;

    /** Legal coverage of one worker group, as the form's row sends it. */
    public static class CoverageRow {

        private String group;
        private String status;
        private String reason;

        public CoverageRow() {
        }

        CoverageRow(String group, String status, String reason) {
            this.group = group;
            this.status = status;
            this.reason = reason;
        }

        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }

        boolean stated() {
            return status != null && !status.isBlank();
        }

        @Override
        public String toString() {
            return group + ": " + status + (reason == null || reason.isBlank() ? "" : " (" + reason.trim() + ")");
        }
    }

    static SchemeForm of(Scheme s) {
        SchemeForm f = new SchemeForm();
        f.setId(s.getId());
        f.setVersion(s.getVersion());
        f.country = s.getCountryIso3();
        f.officialName = s.getOfficialName();
        f.nameEn = s.getNameEn();
        f.nameFr = s.getNameFr();
        f.nameEs = s.getNameEs();
        f.acronym = s.getAcronym();
        f.description = s.getDescription();
        f.branches = codes(s.getBranches());
        f.type = s.getType() == null ? null : s.getType().code();
        f.participation = s.getParticipation() == null ? UNKNOWN : s.getParticipation().code();
        f.benefitForms = codes(s.getBenefitForms());
        f.coverage = rows(s.getCoverage());
        f.coverageFigures = CoverageFigureLines.format(s.getCoverageFigures());
        f.schemeStatus = s.getSchemeStatus().code();
        f.startDate = s.getStartDate();
        f.endDate = s.getEndDate();
        f.institution = s.getInstitution();
        f.legalBasis = s.getLegalBasis();
        f.note = s.getNote();
        f.sources = SourceLines.format(s.getSources());
        return f;
    }

    /** A row for every worker group, in the order of the enumeration, with the stored coverage filled in. */
    static List<CoverageRow> rows(Collection<GroupCoverage> stored) {
        List<CoverageRow> rows = new ArrayList<>();
        for (WorkerGroup group : WorkerGroup.values()) {
            GroupCoverage c = stored.stream().filter(g -> g.group() == group).findFirst().orElse(null);
            rows.add(new CoverageRow(group.code(), c == null ? "" : c.status().code(), c == null ? null : c.reason()));
        }
        return rows;
    }

    /** The stated rows as one comparable text, for the conflict box. */
    String coverageText() {
        return coverage == null ? "" : coverage.stream().filter(r -> r != null && r.stated())
                .sorted(Comparator.comparing(CoverageRow::getGroup, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(CoverageRow::toString).collect(Collectors.joining("; "));
    }

    private static List<String> codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().collect(Collectors.toList());
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String officialName) { this.officialName = officialName; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameEs() { return nameEs; }
    public void setNameEs(String nameEs) { this.nameEs = nameEs; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getBranches() { return branches; }
    public void setBranches(List<String> branches) { this.branches = branches; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getParticipation() { return participation; }
    public void setParticipation(String participation) { this.participation = participation; }
    public List<String> getBenefitForms() { return benefitForms; }
    public void setBenefitForms(List<String> benefitForms) { this.benefitForms = benefitForms; }
    public List<CoverageRow> getCoverage() { return coverage; }
    public void setCoverage(List<CoverageRow> coverage) { this.coverage = coverage; }
    public String getCoverageFigures() { return coverageFigures; }
    public void setCoverageFigures(String coverageFigures) { this.coverageFigures = coverageFigures; }
    public String getSchemeStatus() { return schemeStatus; }
    public void setSchemeStatus(String schemeStatus) { this.schemeStatus = schemeStatus; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getSources() { return sources; }
    public void setSources(String sources) { this.sources = sources; }
}
