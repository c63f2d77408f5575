package org.socialprotection.map.workspace;

import org.socialprotection.map.observation.Observation;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** Creates drafts for other features (the bulk importer) through the same checks as the forms. */
@Service
public class DraftWriter {

    private final ObservationEditor observations;
    private final SchemeEditor schemes;
    private final PublicationEditor publications;
    private final IndicatorValueEditor indicators;

    DraftWriter(ObservationEditor observations, SchemeEditor schemes, PublicationEditor publications,
                IndicatorValueEditor indicators) {
        this.observations = observations;
        this.schemes = schemes;
        this.publications = publications;
        this.indicators = indicators;
    }

    public org.socialprotection.map.scheme.Scheme createScheme(SchemeForm form, Errors errors, String username) {
        form.setId(null);
        return schemes.save(form, errors, new Actor(username, false));
    }

    public org.socialprotection.map.publication.Publication createPublication(PublicationForm form, Errors errors,
                                                                             String username) {
        form.setId(null);
        return publications.save(form, errors, new Actor(username, false));
    }

    public org.socialprotection.map.indicator.IndicatorValue createIndicatorValue(IndicatorValueForm form,
                                                                                 Errors errors, String username) {
        form.setId(null);
        return indicators.save(form, errors, new Actor(username, false));
    }

    /** A new draft attributed to {@code username}; null when {@code errors} holds what is wrong. */
    public Observation createObservation(ObservationForm form, Errors errors, String username) {
        form.setId(null);
        return observations.save(form, errors, new Actor(username, false));
    }
}
