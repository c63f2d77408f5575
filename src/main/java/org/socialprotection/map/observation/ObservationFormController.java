package org.socialprotection.map.observation;

import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workspace.FormFlow;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing an observation: by clicking the map, typing coordinates or picking a place. */
@Controller
class ObservationFormController {

    private final ObservationEditor editor;
    private final FormFlow flow;
    private final Countries countries;
    private final Schemes schemes;

    ObservationFormController(ObservationEditor editor, FormFlow flow, Countries countries, Schemes schemes) {
        this.editor = editor;
        this.flow = flow;
        this.countries = countries;
        this.schemes = schemes;
    }

    /** A click on the map opens the form with the point filled in. */
    @GetMapping("/workspace/observations/new")
    String create(@RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
                  Authentication authentication, Language language, Model model) {
        ObservationForm form = new ObservationForm();
        form.setLon(lon);
        form.setLat(lat);
        return flow.create(form, authentication, model, page(language));
    }

    @GetMapping("/workspace/observations/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        return flow.edit(editor, id, authentication, model, page(language));
    }

    @PostMapping({"/workspace/observations", "/workspace/observations/{id}"})
    String save(@ModelAttribute("form") ObservationForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.save(editor, form, errors, authentication, model, redirect, response, page(language));
    }

    private FormFlow.Page<ObservationForm> page(Language language) {
        return (form, record, actor, model) -> {
            model.addAttribute("kinds", Kind.values());
            model.addAttribute("placeTypes", PlaceType.values());
            model.addAttribute("privacies", Privacy.values());
            model.addAttribute("groups", WorkerGroup.values());
            model.addAttribute("components", Component.values());
            var choices = countries.choices(language);
            model.addAttribute("countries", choices.list());
            model.addAttribute("countryNames", choices.names());
            model.addAttribute("allSchemes", schemes.findAll(Sort.by("countryIso3", "officialName")));
            return "workspace/observation-form";
        };
    }
}
