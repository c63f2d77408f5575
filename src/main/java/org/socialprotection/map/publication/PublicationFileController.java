package org.socialprotection.map.publication;

import org.socialprotection.map.media.MediaRejected;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * POST /workspace/publications/{id}/file: the PDF of a brief or the audio of a podcast episode, under the rules of
 * the publication form (its author while it is a draft, or an editor). A refused file comes back to the form with
 * the reason.
 */
@Controller
class PublicationFileController {

    private final Workflow workflow;
    private final PublicationFiles files;

    PublicationFileController(Workflow workflow, PublicationFiles files) {
        this.workflow = workflow;
        this.files = files;
    }

    @PostMapping("/workspace/publications/{id}/file")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  Authentication authentication, RedirectAttributes redirect) {
        Actor actor = Actor.of(authentication);
        workflow.editable(PublicationEditor.TYPE, id, actor);
        try {
            files.attach(id, file, actor.username());
            redirect.addFlashAttribute("message", "workspace.saved");
        } catch (MediaRejected rejected) {
            redirect.addFlashAttribute("fileError", rejected.getMessage());
        }
        return "redirect:/workspace/publications/" + id + "/edit";
    }
}
