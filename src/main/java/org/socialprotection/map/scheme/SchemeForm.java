package org.socialprotection.map.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.workspace.RecordForm;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.FormRow;
import org.socialprotection.map.workspace.SourceLines;
import org.socialprotection.map.workspace.SourceRow;
import tools.jackson.databind.annotation.JsonDeserialize;

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
    /**
     * The language its description, note and coverage reasons are written in (en, fr or es). Left out, a stored
     * record keeps its own and a new one is in English.
     */
    private String originalLanguage;
    private List<String> branches = new ArrayList<>();
    private String type;
    private String participation = UNKNOWN;
    private List<String> benefitForms = new ArrayList<>();
    /** One row per worker group; a row without a status is "not stated" and is not stored. */
    private List<CoverageRow> coverage = rows(List.of());
    /** Effective coverage, a row each; see {@link CoverageFigureLines} for what the JSON API takes. */
    @JsonDeserialize(using = CoverageFigureLines.class)
    private List<FigureRow> coverageFigures = new ArrayList<>();
    /** Dated changes of the scheme, a row each. */
    private List<ReformRow> reforms = new ArrayList<>();
    private String schemeStatus = "active";
    private String startDate;
    private String endDate;
    private String institution;
    private String legalBasis;
    private String note;
    /**
     * Texts in other languages than the original, read by an import (language code, then field); they become
     * translation drafts, never part of the record. The form's page does not bind them.
     */
    private Map<String, Map<String, String>> translations = new LinkedHashMap<>();
    /** Its sources, a row each; see {@link SourceLines} for what the JSON API takes. */
    @JsonDeserialize(using = SourceLines.class)
    private List<SourceRow> sources = new ArrayList<>();

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

    /** The title and address of the source of a figure or a reform. */
    public static class CitedSource {

        private String title;
        private String url;

        public CitedSource() {
        }

        CitedSource(String title, String url) {
            this.title = title;
            this.url = url;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
    }

    /** One effective coverage figure, as the form's row (and the JSON API) sends it. */
    public static class FigureRow implements FormRow {

        private String value;
        /** percent or persons; a percentage unless said otherwise. */
        private String unit = "percent";
        private String year;
        private String group;
        private CitedSource source = new CitedSource();
        private boolean remove;

        public FigureRow() {
        }

        static FigureRow of(CoverageFigure f) {
            FigureRow r = new FigureRow();
            r.value = FieldChecks.plainNumber(f.value());
            r.unit = f.unit();
            r.year = String.valueOf(f.year());
            r.group = f.group() == null ? null : f.group().code();
            r.source = new CitedSource(f.sourceTitle(), f.sourceUrl());
            return r;
        }

        @Override
        public boolean blank() {
            return FormRow.blank(value, year, group, source == null ? null : source.title,
                    source == null ? null : source.url);
        }

        @Override
        public String toString() {
            return FormRow.joined(value, unit, year, group, source == null ? null : source.title,
                    source == null ? null : source.url);
        }

        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public CitedSource getSource() { return source; }
        public void setSource(CitedSource source) { this.source = source; }
        @Override
        @JsonIgnore
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    /**
     * One reform, as the form's row (and the JSON API) sends it: when it changed what the law does for a worker
     * group, the group and how the law treated it before (empty: the law did not name the group).
     */
    public static class ReformRow implements FormRow {

        private String date;
        private String change;
        private String group;
        private String statusBefore;
        private CitedSource source = new CitedSource();
        private boolean remove;

        public ReformRow() {
        }

        static ReformRow of(SchemeReform r) {
            ReformRow row = new ReformRow();
            row.date = r.date();
            row.change = r.description();
            row.group = r.group() == null ? null : r.group().code();
            row.statusBefore = r.before() == null ? null : r.before().code();
            row.source = new CitedSource(r.sourceTitle(), r.sourceUrl());
            return row;
        }

        @Override
        public boolean blank() {
            return FormRow.blank(date, change, group, statusBefore, source == null ? null : source.title,
                    source == null ? null : source.url);
        }

        @Override
        public String toString() {
            return FormRow.joined(date, change, group, statusBefore, source == null ? null : source.title,
                    source == null ? null : source.url);
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getChange() { return change; }
        public void setChange(String change) { this.change = change; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getStatusBefore() { return statusBefore; }
        public void setStatusBefore(String statusBefore) { this.statusBefore = statusBefore; }
        public CitedSource getSource() { return source; }
        public void setSource(CitedSource source) { this.source = source; }
        @Override
        @JsonIgnore
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
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
        f.originalLanguage = s.getOriginalLanguage().code();
        f.branches = codes(s.getBranches());
        f.type = s.getType() == null ? null : s.getType().code();
        f.participation = s.getParticipation() == null ? UNKNOWN : s.getParticipation().code();
        f.benefitForms = codes(s.getBenefitForms());
        f.coverage = rows(s.getCoverage());
        f.coverageFigures = s.getCoverageFigures().stream().map(FigureRow::of).collect(Collectors.toList());
        f.reforms = s.getReforms().stream().map(ReformRow::of).collect(Collectors.toList());
        f.schemeStatus = s.getSchemeStatus().code();
        f.startDate = s.getStartDate();
        f.endDate = s.getEndDate();
        f.institution = s.getInstitution();
        f.legalBasis = s.getLegalBasis();
        f.note = s.getNote();
        f.sources = SourceRow.of(s.getSources());
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

    @Override
    protected void padRows() {
        coverageFigures = FormRow.padded(coverageFigures, FigureRow::new);
        reforms = FormRow.padded(reforms, ReformRow::new);
        setSources(FormRow.padded(getSources(), SourceRow::new));
    }

    @Override
    protected void editRows(String list) {
        coverageFigures = FormRow.kept(coverageFigures, FigureRow::new, "coverageFigures".equals(list));
        reforms = FormRow.kept(reforms, ReformRow::new, "reforms".equals(list));
        setSources(FormRow.kept(getSources(), SourceRow::new, "sources".equals(list)));
    }

    /** The kept rows of a list as one comparable text, a line each, for the conflict box. */
    static String rowsText(List<? extends FormRow> rows) {
        return rows == null ? "" : rows.stream().filter(r -> r != null && !r.skipped()).map(Object::toString)
                .collect(Collectors.joining("\n"));
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
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
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
    public List<FigureRow> getCoverageFigures() { return coverageFigures; }
    public void setCoverageFigures(List<FigureRow> coverageFigures) { this.coverageFigures = coverageFigures; }
    public List<ReformRow> getReforms() { return reforms; }
    public void setReforms(List<ReformRow> reforms) { this.reforms = reforms; }
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
    @JsonIgnore
    public Map<String, Map<String, String>> getTranslations() { return translations; }
    @JsonIgnore
    public void setTranslations(Map<String, Map<String, String>> translations) { this.translations = translations; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<SourceRow> getSources() { return sources; }
    public void setSources(List<SourceRow> sources) { this.sources = sources; }
}
