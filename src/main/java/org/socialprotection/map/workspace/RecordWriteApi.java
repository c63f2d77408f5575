package org.socialprotection.map.workspace;

import java.net.URI;
import java.util.function.Function;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes of schemes, briefs and podcasts, and indicator values through the JSON API, as {@link WorkspaceApi} writes
 * observations: the forms' fields as JSON, 422 naming the invalid fields, 409 with the other person's values for an
 * edit on an outdated version.
 */
@RestController
class RecordWriteApi {

    private final SchemeEditor schemes;
    private final PublicationEditor publications;
    private final IndicatorValueEditor indicators;

    RecordWriteApi(SchemeEditor schemes, PublicationEditor publications, IndicatorValueEditor indicators) {
        this.schemes = schemes;
        this.publications = publications;
        this.indicators = indicators;
    }

    @PostMapping("/api/schemes")
    ResponseEntity<?> createScheme(@RequestBody SchemeForm form, Authentication authentication) {
        form.setId(null);
        return save("schemes", form, e -> schemes.save(form, e, Actor.of(authentication)), HttpStatus.CREATED);
    }

    @PutMapping("/api/schemes/{id}")
    ResponseEntity<?> updateScheme(@PathVariable long id, @RequestBody SchemeForm form, Authentication authentication) {
        form.setId(id);
        return save("schemes", form, e -> schemes.save(form, e, Actor.of(authentication)), HttpStatus.OK);
    }

    @PostMapping("/api/publications")
    ResponseEntity<?> createPublication(@RequestBody PublicationForm form, Authentication authentication) {
        form.setId(null);
        return save("publications", form, e -> publications.save(form, e, Actor.of(authentication)),
                HttpStatus.CREATED);
    }

    @PutMapping("/api/publications/{id}")
    ResponseEntity<?> updatePublication(@PathVariable long id, @RequestBody PublicationForm form,
                                        Authentication authentication) {
        form.setId(id);
        return save("publications", form, e -> publications.save(form, e, Actor.of(authentication)), HttpStatus.OK);
    }

    @PostMapping("/api/indicators")
    ResponseEntity<?> createIndicatorValue(@RequestBody IndicatorValueForm form, Authentication authentication) {
        form.setId(null);
        return save(null, form, e -> indicators.save(form, e, Actor.of(authentication)), HttpStatus.CREATED);
    }

    @PutMapping("/api/indicators/{id}")
    ResponseEntity<?> updateIndicatorValue(@PathVariable long id, @RequestBody IndicatorValueForm form,
                                           Authentication authentication) {
        form.setId(id);
        return save(null, form, e -> indicators.save(form, e, Actor.of(authentication)), HttpStatus.OK);
    }

    /** {@code path} names where the record is read back; null where no route reads one value alone. */
    private static ResponseEntity<?> save(String path, Object form, Function<BindingResult, AtlasRecord> editor,
                                          HttpStatus status) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        AtlasRecord saved;
        try {
            saved = editor.apply(errors);
        } catch (DataIntegrityViolationException duplicate) {
            if (!(form instanceof IndicatorValueForm)) {
                throw duplicate;
            }
            // another save of the same country, indicator and year came in between the check and the insert
            IndicatorValueEditor.rejectDuplicate(errors);
            saved = null;
        }
        if (saved == null) {
            return WriteApiErrors.invalid(errors);
        }
        long id = Workflow.id(saved);
        var response = ResponseEntity.status(status);
        if (path != null) {
            response.location(URI.create("/api/" + path + "/" + id));
        }
        return response.body(new WorkspaceApi.Saved(id, saved.getVersion(), saved.getStatus().code()));
    }
}
