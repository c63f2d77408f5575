package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's home, its list of records to edit, the editors' review queue, and every record's workflow buttons. */
@Controller
class WorkspaceController {

    private final Workflow workflow;
    private final ReviewQueue queue;
    private final RecordTypes types;
    private final RecordSearch search;
    private final CountryMenu countries;
    private final MessageSource messages;
    private final java.util.List<ReviewSection> sections;

    WorkspaceController(Workflow workflow, ReviewQueue queue, RecordTypes types, RecordSearch search,
                        CountryMenu countries, MessageSource messages, java.util.List<ReviewSection> sections) {
        this.messages = messages;
        this.sections = sections;
        this.workflow = workflow;
        this.queue = queue;
        this.types = types;
        this.search = search;
        this.countries = countries;
    }

    @GetMapping("/workspace")
    String home(Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        model.addAttribute("drafts", queue.draftsOf(actor.username()));
        if (actor.editor()) {
            model.addAttribute("queue", queue.inReview());
        }
        model.addAttribute("editor", actor.editor());
        return "workspace/home";
    }

    /** Every record one may edit, published ones included, found by type, status, country and title. */
    @GetMapping("/workspace/records")
    String records(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
                   @RequestParam(required = false) String country, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String page, Authentication authentication, Language language,
                   Model model, HttpServletResponse response) {
        recordFilters(type, status, country, q, language, model);
        try {
            RecordQuery query = RecordQuery.parse(types, type, status, country, q, page);
            model.addAttribute("query", query);
            model.addAttribute("result", search.find(query, Actor.of(authentication)));
        } catch (BadRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage("label.colon", new Object[] {e.parameter()}, language.locale())
                    + " " + messages.getMessage(e, language.locale()));
        }
        return "workspace/records";
    }

    /** The menus of the filters, and the values as typed, so that a refused filter can be corrected. */
    private void recordFilters(String type, String status, String country, String q, Language language, Model model) {
        model.addAttribute("types", types.all());
        model.addAttribute("statuses", PublicationStatus.values());
        model.addAttribute("countryNames", countries.names(language));
        model.addAttribute("typed", Map.of("type", type == null ? "" : type, "status", status == null ? "" : status,
                "country", country == null ? "" : country.trim().toUpperCase(Locale.ROOT), "q", q == null ? "" : q));
    }

    @GetMapping("/workspace/review")
    @PreAuthorize("hasRole('EDITOR')")
    String review(Model model) {
        model.addAttribute("queue", queue.inReview());
        model.addAttribute("sections", sections);
        return "workspace/review";
    }

    @PostMapping("/workspace/{type}/{id}/{transition:submit|publish|reject|unpublish}")
    String transition(@PathVariable String type, @PathVariable long id, @PathVariable String transition,
                      @RequestParam(required = false) String comment, Authentication authentication,
                      RedirectAttributes redirect) {
        RecordType recordType = types.named(type);
        Transition move = Transition.valueOf(transition.toUpperCase());
        try {
            workflow.apply(recordType, id, move, comment, Actor.of(authentication));
            redirect.addFlashAttribute("message", "workflow.done." + move.code());
        } catch (WorkflowException e) {
            if (e.reason() == WorkflowException.Reason.FORBIDDEN) {
                throw e;
            }
            if (e.reason() == WorkflowException.Reason.UNPUBLISHED_LINKS) {
                redirect.addFlashAttribute("unpublishedLinks", e.unpublishedLinks().stream()
                        .map(r -> WorkspaceRow.of(types.of(r), r)).toList());
            } else {
                redirect.addFlashAttribute("error", e.getMessage());
            }
        }
        return "redirect:" + recordType.editPath(id);
    }
}
