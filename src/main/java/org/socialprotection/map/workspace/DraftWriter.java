package org.socialprotection.map.workspace;

import org.socialprotection.map.observation.Observation;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** Creates drafts for other features (the bulk importer) through the same checks as the forms. */
@Service
public class DraftWriter {

    private final ObservationEditor observations;

    DraftWriter(ObservationEditor observations) {
        this.observations = observations;
    }

    /** A new draft attributed to {@code username}; null when {@code errors} holds what is wrong. */
    public Observation createObservation(ObservationForm form, Errors errors, String username) {
        form.setId(null);
        return observations.save(form, errors, new Actor(username, false));
    }
}
