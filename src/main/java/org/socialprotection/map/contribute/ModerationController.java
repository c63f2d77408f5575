package org.socialprotection.map.contribute;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.socialprotection.map.workspace.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' moderation queue, beside the review queue (and under its address, so the same rule lets editors
 * only in): the waiting submissions with their contact details, and the three decisions.
 */
@Controller
@RequestMapping("/workspace/review/submissions")
@PreAuthorize("hasRole('EDITOR')")
class ModerationController {

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("waiting", moderation.waiting());
        model.addAttribute("decided", moderation.all().stream().filter(s -> !s.isOpen()).limit(50).toList());
        return "contribute/queue";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Submission s = moderation.get(id);
        model.addAttribute("s", s);
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", suggestedTitle(s.getStory()));
        }
        return "contribute/moderate";
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
                  Authentication authentication, RedirectAttributes redirect) {
        try {
            long observation = moderation.accept(id, title, lon, lat, Actor.of(authentication));
            redirect.addFlashAttribute("message", "contribute.accepted");
            return "redirect:/workspace/observations/" + observation + "/edit";
        } catch (Moderation.Refused e) {
            redirect.addFlashAttribute("title", title);
            return refused(id, e.errors(), redirect);
        }
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) String observation,
                 Authentication authentication, RedirectAttributes redirect) {
        if (observation == null || !observation.trim().matches("\\d{1,18}")) {
            redirect.addFlashAttribute("problems", List.of(new Problem("observation", "contribute.error.observation",
                    "give the number of an observation", null)));
            return "redirect:/workspace/review/submissions/" + id;
        }
        try {
            moderation.merge(id, Long.parseLong(observation.trim()), Actor.of(authentication));
            redirect.addFlashAttribute("message", "contribute.merged");
            return "redirect:/workspace/review/submissions";
        } catch (Moderation.Refused e) {
            return refused(id, e.errors(), redirect);
        }
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
                  Authentication authentication, RedirectAttributes redirect) {
        try {
            moderation.reject(id, reason, Actor.of(authentication));
            redirect.addFlashAttribute("message", "contribute.rejected");
            return "redirect:/workspace/review/submissions";
        } catch (Moderation.Refused e) {
            return refused(id, e.errors(), redirect);
        }
    }

    /** Every submission as CSV; the contact column only with {@code contact=true}. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "false") boolean contact, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"submissions"
                + (contact ? "-with-contacts" : "") + ".csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        SubmissionCsv.write(moderation.all(), contact, response.getOutputStream());
    }

    /** A refused decision, shown on the submission's page: its field (or null), message code, default text, arguments. */
    // Serializable: carried to the next page as a flash attribute, in the session that the database stores
    record Problem(String field, String code, String text, Object[] arguments) implements Serializable {
    }

    private static String refused(long id, Errors errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", errors.getAllErrors().stream().map(e -> new Problem(
                e instanceof FieldError f ? f.getField() : null, e.getCode(), e.getDefaultMessage(), e.getArguments()))
                .toList());
        return "redirect:/workspace/review/submissions/" + id;
    }

    /** The story's first sentence, cut at a word within 120 characters: a start for the editor's title. */
    static String suggestedTitle(String story) {
        String first = story.strip().split("(?<=[.!?])\\s|\\R", 2)[0];
        if (first.length() <= 120) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 117);
        return first.substring(0, cut > 40 ? cut : 117) + "…";
    }
}
