package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.country.CountryName;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.indicator.Indicators;
import org.springframework.dao.DataIntegrityViolationException;
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

/** Creating and editing the value of an indicator for a country and a year. */
@Controller
class IndicatorValueFormController {

    private final IndicatorValueEditor editor;
    private final Workflow workflow;
    private final Countries countries;
    private final Indicators indicators;

    IndicatorValueFormController(IndicatorValueEditor editor, Workflow workflow, Countries countries,
                                 Indicators indicators) {
        this.editor = editor;
        this.workflow = workflow;
        this.countries = countries;
        this.indicators = indicators;
    }

    @GetMapping("/workspace/indicators/new")
    String create(Authentication authentication, Language language, Model model) {
        return form(new IndicatorValueForm(), null, Actor.of(authentication), language, model);
    }

    @GetMapping("/workspace/indicators/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        Actor actor = Actor.of(authentication);
        return form(editor.formOf(id, actor), editor.stateOf(id, actor), actor, language, model);
    }

    @PostMapping({"/workspace/indicators", "/workspace/indicators/{id}"})
    String save(@ModelAttribute("form") IndicatorValueForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = Actor.of(authentication);
        IndicatorValue saved;
        try {
            saved = editor.save(form, errors, actor);
        } catch (EditConflictException conflict) {
            return conflict(form, conflict, actor, language, model, response);
        } catch (OptimisticLockingFailureException race) {
            IndicatorValueForm current = editor.formOf(form.getId(), actor);
            return conflict(form, new EditConflictException(current.getVersion(), null,
                    IndicatorValueEditor.differences(form, current)), actor, language, model, response);
        } catch (DataIntegrityViolationException duplicate) {
            IndicatorValueEditor.rejectDuplicate(errors);
            saved = null;
        }
        if (saved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, form.getId() == null ? null : editor.stateOf(form.getId(), actor), actor, language,
                    model);
        }
        redirect.addFlashAttribute("message", "workspace.saved");
        return "redirect:/workspace/indicators/" + saved.getId() + "/edit";
    }

    private String conflict(IndicatorValueForm form, EditConflictException conflict, Actor actor, Language language,
                            Model model, HttpServletResponse response) {
        model.addAttribute("conflict", conflict);
        form.setVersion(conflict.currentVersion());
        response.setStatus(HttpStatus.CONFLICT.value());
        return form(form, editor.stateOf(form.getId(), actor), actor, language, model);
    }

    private String form(IndicatorValueForm form, RecordState record, Actor actor, Language language, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        if (record != null) {
            model.addAttribute("comments", workflow.comments(RecordType.INDICATORS, record.id()));
            model.addAttribute("publicUrl", editor.publicUrl(record.id(), actor));
        }
        var names = countries.names().stream().sorted(CountryName.byName(language)).toList();
        model.addAttribute("countries", names);
        model.addAttribute("countryNames", names.stream().collect(Collectors.toMap(CountryName::iso3,
                c -> c.name(language))));
        model.addAttribute("indicators", indicators.findAll().stream()
                .map(i -> new Choice.Coded(i.getCode(), i.name(language), i.getUnit()))
                .sorted(Comparator.comparing(Choice.Coded::label)).toList());
        return "workspace/indicator-form";
    }

    @ExceptionHandler(WorkflowException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(WorkflowException e, Model model) {
        model.addAttribute("error", e.getMessage());
        return "workspace/forbidden";
    }
}
