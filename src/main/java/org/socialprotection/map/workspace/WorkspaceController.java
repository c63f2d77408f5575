package org.socialprotection.map.workspace;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's home, the editors' review queue, and the workflow buttons of every record. */
@Controller
class WorkspaceController {

    private final Workflow workflow;
    private final ReviewQueue queue;
    private final RecordTypes types;

    WorkspaceController(Workflow workflow, ReviewQueue queue, RecordTypes types) {
        this.workflow = workflow;
        this.queue = queue;
        this.types = types;
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

    @GetMapping("/workspace/review")
    @PreAuthorize("hasRole('EDITOR')")
    String review(Model model) {
        model.addAttribute("queue", queue.inReview());
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
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + recordType.editPath(id);
    }
}
