package org.socialprotection.map.indicator;

import static org.socialprotection.map.workspace.FieldChecks.blankToNull;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialprotection.map.country.CountryLocator;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.EditConflictException;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordEditor;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and edits indicator values from the form, the JSON API and the importer. A country has one value of an
 * indicator a year: a second one is a mistake on the year.
 */
@Service
@Transactional
@Order(4)
public class IndicatorValueEditor implements RecordEditor<IndicatorValueForm, IndicatorValue> {

    /** Values are read back by indicator or by country, not one by one. */
    public static final RecordType TYPE = new RecordType("indicators", IndicatorValue.class,
            false, List.of("indicatorCode"), "countryIso3", false);

    private final IndicatorValues values;
    private final Indicators indicators;
    private final CountryLocator countries;
    private final EntityManager entityManager;
    private final Workflow workflow;

    IndicatorValueEditor(IndicatorValues values, Indicators indicators, CountryLocator countries,
                         EntityManager entityManager, Workflow workflow) {
        this.values = values;
        this.indicators = indicators;
        this.countries = countries;
        this.entityManager = entityManager;
        this.workflow = workflow;
    }

    @Override
    public RecordType type() {
        return TYPE;
    }

    @Override
    public IndicatorValue save(IndicatorValueForm form, Errors errors, Actor actor) {
        IndicatorValue existing = form.getId() == null ? null : workflow.editable(TYPE, form.getId(), actor);
        String country = FieldChecks.country(form.getCountry(), "country", countries::isCountry, errors);
        Indicator indicator = indicator(form.getIndicator(), errors);
        Integer year = FieldChecks.whole(form.getYear(), "year", 1900, 2100, errors);
        String unit = blankToNull(form.getUnit()) != null ? FieldChecks.optional(form.getUnit(), "unit", 20, errors)
                : indicator == null ? null : indicator.getUnit();
        Double value = FieldChecks.number(form.getValue(), "value", errors);
        if (value != null && percent(unit) && (value < 0 || value > 100)) {
            errors.rejectValue("value", "error.range", new Object[] {"0", "100"}, "a percentage is within 0..100");
        }
        String sourceTitle = FieldChecks.required(form.getSourceTitle(), "sourceTitle", 1000, errors);
        String sourceUrl = FieldChecks.url(form.getSourceUrl(), "sourceUrl", errors);
        if (country != null && indicator != null && year != null && taken(country, indicator.getCode(), year,
                existing)) {
            rejectDuplicate(errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            throw new EditConflictException(existing.getVersion(), existing.getUpdatedBy(),
                    differences(form, IndicatorValueForm.of(existing)));
        }
        IndicatorValue v = existing != null ? existing
                : new IndicatorValue(country, indicator.getCode(), year, value, unit, sourceTitle, sourceUrl);
        v.setCountryIso3(country);
        v.setIndicatorCode(indicator.getCode());
        v.setYear(year);
        v.setValue(value);
        v.setUnit(unit);
        v.setSourceTitle(sourceTitle);
        v.setSourceUrl(sourceUrl);
        if (existing == null) {
            v.createdBy(actor.username());
            v.setStatus(PublicationStatus.DRAFT);
        } else {
            v.updatedBy(actor.username());
        }
        // an edit is flushed at once so that a stale version fails here; a new record waits for the caller's flush,
        // which a bulk import makes once per batch of rows
        return existing == null ? values.save(v) : values.saveAndFlush(v);
    }

    /** The database refused a second value for the year (a save raced this one's check): said on the year. */
    @Override
    public boolean refused(DataIntegrityViolationException e, Errors errors) {
        rejectDuplicate(errors);
        return true;
    }

    private static void rejectDuplicate(Errors errors) {
        errors.rejectValue("year", "forms.error.duplicateValue",
                "this country already has a value of this indicator for this year");
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorValueForm formOf(long id, Actor actor) {
        return IndicatorValueForm.of(workflow.<IndicatorValue>load(TYPE, id, actor));
    }

    @Override
    public Map<String, String> differences(IndicatorValueForm mine, IndicatorValueForm theirs) {
        return new FieldChecks.Differences()
                .compare("country", FieldChecks.upper(mine.getCountry()), theirs.getCountry())
                .compare("indicator", mine.getIndicator(), theirs.getIndicator())
                .compare("year", mine.getYear(), theirs.getYear())
                .compare("value", number(mine.getValue()), theirs.getValue())
                .compare("unit", blankToNull(mine.getUnit()) == null ? theirs.getUnit() : mine.getUnit(),
                        theirs.getUnit())
                .compare("sourceTitle", mine.getSourceTitle(), theirs.getSourceTitle())
                .compare("sourceUrl", mine.getSourceUrl(), theirs.getSourceUrl())
                .values();
    }

    private boolean taken(String country, String indicator, int year, IndicatorValue existing) {
        return entityManager.createQuery("select v.id from IndicatorValue v where v.countryIso3 = :country"
                        + " and v.indicatorCode = :indicator and v.year = :year", Long.class)
                .setParameter("country", country).setParameter("indicator", indicator).setParameter("year", year)
                .getResultList().stream().anyMatch(id -> existing == null || !id.equals(existing.getId()));
    }

    private static boolean percent(String unit) {
        return unit != null && (unit.equalsIgnoreCase("percent") || unit.equals("%"));
    }

    private Indicator indicator(String code, Errors errors) {
        String value = blankToNull(code);
        Indicator indicator = value == null ? null : indicators.findById(value).orElse(null);
        if (indicator == null) {
            errors.rejectValue("indicator", "error.choice", "choose one of the indicators");
        }
        return indicator;
    }

    private static String number(String text) {
        String value = blankToNull(text);
        try {
            return value == null ? null : FieldChecks.plainNumber(Double.parseDouble(value.replace(',', '.')));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
