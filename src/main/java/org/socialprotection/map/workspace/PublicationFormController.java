package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.country.CountryName;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a brief or a podcast episode, with the places, observations and schemes it speaks of. */
@Controller
class PublicationFormController {

    private final PublicationEditor editor;
    private final Workflow workflow;
    private final Countries countries;

    PublicationFormController(PublicationEditor editor, Workflow workflow, Countries countries) {
        this.editor = editor;
        this.workflow = workflow;
        this.countries = countries;
    }

    @GetMapping("/workspace/publications/new")
    String create(Authentication authentication, Language language, Model model) {
        return form(new PublicationForm(), null, Actor.of(authentication), language, model);
    }

    @GetMapping("/workspace/publications/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        Actor actor = Actor.of(authentication);
        return form(editor.formOf(id, actor), editor.stateOf(id, actor), actor, language, model);
    }

    @PostMapping({"/workspace/publications", "/workspace/publications/{id}"})
    String save(@ModelAttribute("form") PublicationForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = Actor.of(authentication);
        Publication saved;
        try {
            saved = editor.save(form, errors, actor);
        } catch (EditConflictException conflict) {
            return conflict(form, conflict, actor, language, model, response);
        } catch (OptimisticLockingFailureException race) {
            PublicationForm current = editor.formOf(form.getId(), actor);
            return conflict(form, new EditConflictException(current.getVersion(), null,
                    PublicationEditor.differences(form, current)), actor, language, model, response);
        }
        if (saved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, form.getId() == null ? null : editor.stateOf(form.getId(), actor), actor, language,
                    model);
        }
        redirect.addFlashAttribute("message", "workspace.saved");
        return "redirect:/workspace/publications/" + saved.getId() + "/edit";
    }

    private String conflict(PublicationForm form, EditConflictException conflict, Actor actor, Language language,
                            Model model, HttpServletResponse response) {
        model.addAttribute("conflict", conflict);
        form.setVersion(conflict.currentVersion());
        response.setStatus(HttpStatus.CONFLICT.value());
        return form(form, editor.stateOf(form.getId(), actor), actor, language, model);
    }

    private String form(PublicationForm form, RecordState record, Actor actor, Language language, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        if (record != null) {
            model.addAttribute("comments", workflow.comments(RecordType.PUBLICATIONS, record.id()));
            model.addAttribute("publicUrl", editor.publicUrl(record.id(), actor));
        }
        model.addAttribute("types", PublicationType.values());
        var names = countries.names().stream().sorted(CountryName.byName(language)).toList();
        model.addAttribute("countries", names);
        model.addAttribute("countryNames", names.stream().collect(Collectors.toMap(CountryName::iso3,
                c -> c.name(language))));
        var choices = editor.choices(record == null ? null : record.id(), actor);
        model.addAttribute("observationChoices", choices.get("observations"));
        model.addAttribute("schemeChoices", choices.get("schemes"));
        return "workspace/publication-form";
    }

    @ExceptionHandler(WorkflowException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(WorkflowException e, Model model) {
        model.addAttribute("error", e.getMessage());
        return "workspace/forbidden";
    }
}
