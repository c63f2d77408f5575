package org.socialprotection.map.contribute;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submissions from partners' tools: the same fields and checks as /contribute, without an account. A tool has no
 * form, so there is no CSRF token and no time-to-fill stamp: CSRF protects a signed-in session, and this route acts
 * for no one (the API keeps no session), and it takes only JSON, which a page on another site cannot send without a
 * CORS permission the atlas never gives. The per-address limit ({@link ApiSubmissionLimit}) is what holds a script
 * back. The answer is the reference to follow the status with.
 */
@RestController
@RequestMapping(path = "/api/submissions", produces = "application/json")
class SubmissionApi {

    /** What a submitter may know of its submission: never the editor's name, the contact or the draft. */
    record Status(String reference, String status, String reason, String statusPage) {
    }

    private final SubmissionDesk desk;

    SubmissionApi(SubmissionDesk desk) {
        this.desk = desk;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<?> submit(@RequestBody SubmissionForm form, Language language) {
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Parameter 'website': leave it out; it is there to catch automatic form fillers");
            problem.setProperty("parameter", "website");
            return ResponseEntity.badRequest().body(problem);
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        Submission saved = desk.receive(form, errors, "api", language);
        if (saved == null) {
            Map<String, String> fields = new LinkedHashMap<>();
            errors.getFieldErrors().forEach(e -> fields.putIfAbsent(e.getField(), e.getDefaultMessage()));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Some fields are not valid: nothing was saved");
            problem.setProperty("errors", fields);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.created(URI.create("/api/submissions/" + saved.getReference())).body(view(saved));
    }

    @GetMapping("/{reference}")
    Status status(@PathVariable String reference) {
        return view(desk.byReference(reference));
    }

    private static Status view(Submission s) {
        return new Status(s.getReference(), s.getStatus().code(),
                s.getStatus() == SubmissionStatus.REJECTED ? s.getPublicReason() : null,
                "/contribute/status/" + s.getReference());
    }
}
