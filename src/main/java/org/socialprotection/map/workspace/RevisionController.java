package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * An editor's review of a new version of a published record: the published and the proposed value of each field it
 * changes, and the decision. A decision on a version that is out of date is refused with 409 and says why.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class RevisionController {

    private final PendingVersions versions;

    RevisionController(PendingVersions versions) {
        this.versions = versions;
    }

    static String path(long id) {
        return "/workspace/review/revisions/" + id;
    }

    @GetMapping("/workspace/review/revisions/{id}")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("revision", versions.view(id));
        return "workspace/revision";
    }

    @PostMapping("/workspace/review/revisions/{id}/{decision:publish|reject}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam long version,
                  Authentication authentication, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Actor actor = Actor.of(authentication);
        try {
            if (decision.equals("publish")) {
                versions.publish(id, version, actor);
            } else {
                versions.reject(id, version, actor);
            }
        } catch (EditConflictException e) {
            return refused(id, "revision.stale", e.updatedBy(), model, response);
        } catch (PendingVersions.Refused e) {
            return refused(id, e.code(), null, model, response);
        }
        redirect.addFlashAttribute("message", "revision.done." + decision);
        return "redirect:/workspace/review";
    }

    private String refused(long id, String code, String by, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("revision", versions.view(id));
        model.addAttribute("refusal", code);
        model.addAttribute("refusedBy", by == null ? "?" : by);
        return "workspace/revision";
    }
}
