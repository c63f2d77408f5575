package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.CountryName;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Schemes;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing an observation: by clicking the map, typing coordinates or picking a place. */
@Controller
class ObservationFormController {

    private final ObservationEditor editor;
    private final Workflow workflow;
    private final Countries countries;
    private final Schemes schemes;

    ObservationFormController(ObservationEditor editor, Workflow workflow, Countries countries, Schemes schemes) {
        this.editor = editor;
        this.workflow = workflow;
        this.countries = countries;
        this.schemes = schemes;
    }

    @GetMapping("/workspace/observations/new")
    String create(@RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
                  Language language, Model model) {
        ObservationForm form = new ObservationForm();
        form.setLon(lon);
        form.setLat(lat);
        return form(form, null, language, model);
    }

    @GetMapping("/workspace/observations/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        Actor actor = Actor.of(authentication);
        return form(editor.formOf(id, actor), editor.stateOf(id, actor), language, model);
    }

    @PostMapping({"/workspace/observations", "/workspace/observations/{id}"})
    String save(@ModelAttribute("form") ObservationForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = Actor.of(authentication);
        Observation saved;
        try {
            saved = editor.save(form, errors, actor);
        } catch (EditConflictException conflict) {
            model.addAttribute("conflict", conflict);
            form.setVersion(conflict.currentVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, editor.stateOf(form.getId(), actor), language, model);
        } catch (OptimisticLockingFailureException race) {
            ObservationForm current = editor.formOf(form.getId(), actor);
            EditConflictException conflict = new EditConflictException(current.getVersion(), null,
                    ObservationEditor.differences(form, current));
            model.addAttribute("conflict", conflict);
            form.setVersion(conflict.currentVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, editor.stateOf(form.getId(), actor), language, model);
        }
        if (saved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, form.getId() == null ? null : editor.stateOf(form.getId(), actor), language, model);
        }
        redirect.addFlashAttribute("message", "workspace.saved");
        return "redirect:/workspace/observations/" + saved.getId() + "/edit";
    }

    private String form(ObservationForm form, RecordState record, Language language, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        if (record != null) {
            model.addAttribute("comments", workflow.comments(RecordType.OBSERVATIONS, record.id()));
        }
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("placeTypes", PlaceType.values());
        model.addAttribute("privacies", Privacy.values());
        model.addAttribute("groups", WorkerGroup.values());
        model.addAttribute("components", Component.values());
        var names = countries.names().stream().sorted(CountryName.byName(language)).toList();
        model.addAttribute("countries", names);
        model.addAttribute("countryNames", names.stream().collect(java.util.stream.Collectors.toMap(CountryName::iso3,
                c -> c.name(language))));
        model.addAttribute("allSchemes", schemes.findAll(org.springframework.data.domain.Sort.by("countryIso3",
                "officialName")));
        return "workspace/observation-form";
    }

    @ExceptionHandler(WorkflowException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(WorkflowException e, Model model) {
        model.addAttribute("error", e.getMessage());
        return "workspace/forbidden";
    }
}
