package org.socialprotection.map.indicator;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.workspace.Choice;
import org.socialprotection.map.workspace.FormFlow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing the value of an indicator for a country and a year. */
@Controller
class IndicatorValueFormController {

    private final IndicatorValueEditor editor;
    private final FormFlow flow;
    private final Countries countries;
    private final Indicators indicators;

    IndicatorValueFormController(IndicatorValueEditor editor, FormFlow flow, Countries countries,
                                 Indicators indicators) {
        this.editor = editor;
        this.flow = flow;
        this.countries = countries;
        this.indicators = indicators;
    }

    @GetMapping("/workspace/indicators/new")
    String create(Authentication authentication, Language language, Model model) {
        return flow.create(new IndicatorValueForm(), authentication, model, page(language));
    }

    @GetMapping("/workspace/indicators/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        return flow.edit(editor, id, authentication, model, page(language));
    }

    @PostMapping({"/workspace/indicators", "/workspace/indicators/{id}"})
    String save(@ModelAttribute("form") IndicatorValueForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.save(editor, form, errors, authentication, model, redirect, response, page(language));
    }

    private FormFlow.Page<IndicatorValueForm> page(Language language) {
        return (form, record, actor, model) -> {
            var choices = countries.choices(language);
            model.addAttribute("countries", choices.list());
            model.addAttribute("countryNames", choices.names());
            model.addAttribute("indicators", indicators.findAll().stream()
                    .map(i -> new Choice.Coded(i.getCode(), i.name(language), i.getUnit()))
                    .sorted(Comparator.comparing(Choice.Coded::label)).toList());
            return "workspace/indicator-form";
        };
    }
}
