package org.socialprotection.map.scheme;

import static org.socialprotection.map.workspace.FieldChecks.blankToNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.CountryLocator;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.EditConflictException;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordEditor;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.Slugs;
import org.socialprotection.map.workspace.SourceRow;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and edits schemes from the form, the JSON API and the importer: every field is checked before anything
 * changes, and an edit made on an outdated version is refused.
 */
@Service
@Transactional
@Order(1)
public class SchemeEditor implements RecordEditor<SchemeForm, Scheme> {

    public static final RecordType TYPE = new RecordType("schemes", Scheme.class, true,
            List.of("officialName", "nameEn", "nameFr", "nameEs", "acronym", "slug"), "countryIso3", false);

    private final Schemes schemes;
    private final CountryLocator countries;
    private final Workflow workflow;

    SchemeEditor(Schemes schemes, CountryLocator countries, Workflow workflow) {
        this.schemes = schemes;
        this.countries = countries;
        this.workflow = workflow;
    }

    @Override
    public RecordType type() {
        return TYPE;
    }

    @Override
    public Scheme save(SchemeForm form, Errors errors, Actor actor) {
        Scheme existing = form.getId() == null ? null : workflow.editable(TYPE, form.getId(), actor);
        String country = FieldChecks.country(form.getCountry(), "country", countries::isCountry, errors);
        String officialName = FieldChecks.required(form.getOfficialName(), "officialName", 400, errors);
        String nameEn = FieldChecks.optional(form.getNameEn(), "nameEn", 400, errors);
        String nameFr = FieldChecks.optional(form.getNameFr(), "nameFr", 400, errors);
        String nameEs = FieldChecks.optional(form.getNameEs(), "nameEs", 400, errors);
        String acronym = FieldChecks.optional(form.getAcronym(), "acronym", 40, errors);
        Set<Branch> branches = FieldChecks.codes(form.getBranches(), Branch.class, "branches", errors);
        if (branches.isEmpty() && !errors.hasFieldErrors("branches")) {
            errors.rejectValue("branches", "forms.error.atLeastOne", "choose at least one branch");
        }
        SchemeType type = FieldChecks.optionalCode(form.getType(), SchemeType.class, "type", errors);
        String participationCode = blankToNull(form.getParticipation());
        Participation participation = participationCode == null || participationCode.equals(SchemeForm.UNKNOWN)
                ? null : FieldChecks.code(participationCode, Participation.class, "participation", errors);
        Set<BenefitForm> benefitForms = FieldChecks.codes(form.getBenefitForms(), BenefitForm.class, "benefitForms",
                errors);
        Map<WorkerGroup, GroupCoverage> coverage = coverage(form.getCoverage(), errors);
        List<CoverageFigure> figures = SchemeRowChecks.figures(form.getCoverageFigures(), "coverageFigures", errors);
        List<SchemeReform> reforms = SchemeRowChecks.reforms(form.getReforms(), "reforms", errors);
        SchemeStatus schemeStatus = FieldChecks.code(form.getSchemeStatus(), SchemeStatus.class, "schemeStatus",
                errors);
        PartialDate[] period = FieldChecks.period(form.getStartDate(), "startDate", form.getEndDate(), "endDate",
                errors);
        String institution = FieldChecks.optional(form.getInstitution(), "institution", 400, errors);
        String legalBasis = FieldChecks.optional(form.getLegalBasis(), "legalBasis", 1000, errors);
        String note = FieldChecks.optional(form.getNote(), "note", 2000, errors);
        String description = FieldChecks.optional(form.getDescription(), "description", FieldChecks.LONG_TEXT,
                errors);
        // a form or a script that does not say keeps the language as it was (English for a new record)
        Language original = blankToNull(form.getOriginalLanguage()) == null
                ? (existing == null ? Language.EN : existing.getOriginalLanguage())
                : FieldChecks.code(form.getOriginalLanguage(), Language.class, "originalLanguage", errors);
        List<Source> sources = FieldChecks.sources(form.getSources(), "sources", errors);
        if (errors.hasErrors()) {
            return null;
        }
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            throw new EditConflictException(existing.getVersion(), existing.getUpdatedBy(),
                    differences(form, SchemeForm.of(existing)));
        }
        Scheme s = existing != null ? existing
                : new Scheme(Slugs.of(country, officialName), country, officialName);
        s.setCountryIso3(country);
        s.setOfficialName(officialName);
        s.setNames(nameEn, nameFr, nameEs);
        s.setAcronym(acronym);
        s.setDescription(description);
        s.setOriginalLanguage(original);
        s.getBranches().clear();
        s.getBranches().addAll(branches);
        s.setType(type);
        s.setParticipation(participation);
        s.getBenefitForms().clear();
        s.getBenefitForms().addAll(benefitForms);
        s.getCoverage().clear();
        coverage.values().forEach(c -> s.setCoverage(c.group(), c.status(), c.reason()));
        s.getCoverageFigures().clear();
        s.getCoverageFigures().addAll(figures);
        s.getReforms().clear();
        s.getReforms().addAll(reforms);
        s.setSchemeStatus(schemeStatus);
        s.setPeriod(period[0], period[1]);
        s.setInstitution(institution);
        s.setLegalBasis(legalBasis);
        s.setNote(note);
        s.getSources().clear();
        s.getSources().addAll(sources);
        if (existing == null) {
            s.createdBy(actor.username());
            s.setStatus(PublicationStatus.DRAFT);
        } else {
            s.updatedBy(actor.username());
        }
        // an edit is flushed at once so that a stale version fails here; a new record waits for the caller's flush,
        // which a bulk import makes once per batch of rows
        return existing == null ? schemes.save(s) : schemes.saveAndFlush(s);
    }

    @Override
    @Transactional(readOnly = true)
    public SchemeForm formOf(long id, Actor actor) {
        return SchemeForm.of(workflow.<Scheme>load(TYPE, id, actor));
    }

    @Override
    public Map<String, String> differences(SchemeForm mine, SchemeForm theirs) {
        return new FieldChecks.Differences()
                .compare("country", FieldChecks.upper(mine.getCountry()), theirs.getCountry())
                .compare("officialName", mine.getOfficialName(), theirs.getOfficialName())
                .compare("nameEn", mine.getNameEn(), theirs.getNameEn())
                .compare("nameFr", mine.getNameFr(), theirs.getNameFr())
                .compare("nameEs", mine.getNameEs(), theirs.getNameEs())
                .compare("acronym", mine.getAcronym(), theirs.getAcronym())
                .compare("description", mine.getDescription(), theirs.getDescription())
                .compare("originalLanguage", blankToNull(mine.getOriginalLanguage()) == null
                        ? theirs.getOriginalLanguage() : mine.getOriginalLanguage(), theirs.getOriginalLanguage())
                .compareSets("branches", mine.getBranches(), theirs.getBranches())
                .compare("type", mine.getType(), theirs.getType())
                .compare("participation", blankToNull(mine.getParticipation()) == null ? SchemeForm.UNKNOWN
                        : mine.getParticipation(), theirs.getParticipation())
                .compareSets("benefitForms", mine.getBenefitForms(), theirs.getBenefitForms())
                .compare("coverage", mine.coverageText(), theirs.coverageText())
                .compare("coverageFigures", SchemeForm.rowsText(mine.getCoverageFigures()),
                        SchemeForm.rowsText(theirs.getCoverageFigures()))
                .compare("reforms", SchemeForm.rowsText(mine.getReforms()), SchemeForm.rowsText(theirs.getReforms()))
                .compare("schemeStatus", mine.getSchemeStatus(), theirs.getSchemeStatus())
                .compare("startDate", mine.getStartDate(), theirs.getStartDate())
                .compare("endDate", mine.getEndDate(), theirs.getEndDate())
                .compare("institution", mine.getInstitution(), theirs.getInstitution())
                .compare("legalBasis", mine.getLegalBasis(), theirs.getLegalBasis())
                .compare("note", mine.getNote(), theirs.getNote())
                .compare("sources", SourceRow.text(mine.getSources()), SourceRow.text(theirs.getSources()))
                .values();
    }

    /** The stated rows by group; each mistake is reported on its row. */
    private static Map<WorkerGroup, GroupCoverage> coverage(List<SchemeForm.CoverageRow> rows, Errors errors) {
        Map<WorkerGroup, GroupCoverage> stated = new EnumMap<>(WorkerGroup.class);
        for (int i = 0; rows != null && i < rows.size(); i++) {
            SchemeForm.CoverageRow row = rows.get(i);
            if (row == null) {
                continue;
            }
            String path = "coverage[" + i + "].";
            if (!row.stated()) {
                if (blankToNull(row.getReason()) != null) {
                    errors.rejectValue(path + "status", "forms.error.reasonWithoutStatus",
                            "a reason is given but no status: choose how the law treats the group");
                }
                continue;
            }
            WorkerGroup group = FieldChecks.code(row.getGroup(), WorkerGroup.class, path + "group", errors);
            CoverageStatus status = FieldChecks.code(row.getStatus(), CoverageStatus.class, path + "status", errors);
            String reason = FieldChecks.optional(row.getReason(), path + "reason", 2000, errors);
            if (group != null && stated.containsKey(group)) {
                errors.rejectValue(path + "group", "forms.error.duplicateGroup", "this group has two rows");
            } else if (group != null && status != null) {
                stated.put(group, new GroupCoverage(group, status, reason));
            }
        }
        return stated;
    }
}
