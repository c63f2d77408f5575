package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.country.CountryName;
import org.socialprotection.map.scheme.BenefitForm;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.Participation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeStatus;
import org.socialprotection.map.scheme.SchemeType;
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

/** Creating and editing a scheme: its legal design, who the law covers, and how many are covered in practice. */
@Controller
class SchemeFormController {

    private final SchemeEditor editor;
    private final Workflow workflow;
    private final Countries countries;

    SchemeFormController(SchemeEditor editor, Workflow workflow, Countries countries) {
        this.editor = editor;
        this.workflow = workflow;
        this.countries = countries;
    }

    @GetMapping("/workspace/schemes/new")
    String create(Language language, Model model) {
        return form(new SchemeForm(), null, language, model);
    }

    @GetMapping("/workspace/schemes/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        Actor actor = Actor.of(authentication);
        return form(editor.formOf(id, actor), editor.stateOf(id, actor), language, model);
    }

    @PostMapping({"/workspace/schemes", "/workspace/schemes/{id}"})
    String save(@ModelAttribute("form") SchemeForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = Actor.of(authentication);
        Scheme saved;
        try {
            saved = editor.save(form, errors, actor);
        } catch (EditConflictException conflict) {
            return conflict(form, conflict, actor, language, model, response);
        } catch (OptimisticLockingFailureException race) {
            SchemeForm current = editor.formOf(form.getId(), actor);
            return conflict(form, new EditConflictException(current.getVersion(), null,
                    SchemeEditor.differences(form, current)), actor, language, model, response);
        }
        if (saved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, form.getId() == null ? null : editor.stateOf(form.getId(), actor), language, model);
        }
        redirect.addFlashAttribute("message", "workspace.saved");
        return "redirect:/workspace/schemes/" + saved.getId() + "/edit";
    }

    private String conflict(SchemeForm form, EditConflictException conflict, Actor actor, Language language,
                            Model model, HttpServletResponse response) {
        model.addAttribute("conflict", conflict);
        form.setVersion(conflict.currentVersion());
        response.setStatus(HttpStatus.CONFLICT.value());
        return form(form, editor.stateOf(form.getId(), actor), language, model);
    }

    private String form(SchemeForm form, RecordState record, Language language, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        if (record != null) {
            model.addAttribute("comments", workflow.comments(RecordType.SCHEMES, record.id()));
            model.addAttribute("publicUrl", "/schemes/" + record.id());
        }
        var names = countries.names().stream().sorted(CountryName.byName(language)).toList();
        model.addAttribute("countries", names);
        model.addAttribute("countryNames", names.stream().collect(Collectors.toMap(CountryName::iso3,
                c -> c.name(language))));
        model.addAttribute("branches", Branch.values());
        model.addAttribute("types", SchemeType.values());
        model.addAttribute("participations", Participation.values());
        model.addAttribute("benefitForms", BenefitForm.values());
        model.addAttribute("groups", WorkerGroup.values());
        model.addAttribute("coverageStatuses", CoverageStatus.values());
        model.addAttribute("schemeStatuses", SchemeStatus.values());
        return "workspace/scheme-form";
    }

    @ExceptionHandler(WorkflowException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(WorkflowException e, Model model) {
        model.addAttribute("error", e.getMessage());
        return "workspace/forbidden";
    }
}
