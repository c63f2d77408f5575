package org.socialprotection.map.publication;

import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
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

/** Creating and editing a brief or a podcast episode, with the places, observations and schemes it speaks of. */
@Controller
class PublicationFormController {

    private final PublicationEditor editor;
    private final FormFlow flow;
    private final Countries countries;

    PublicationFormController(PublicationEditor editor, FormFlow flow, Countries countries) {
        this.editor = editor;
        this.flow = flow;
        this.countries = countries;
    }

    @GetMapping("/workspace/publications/new")
    String create(Authentication authentication, Language language, Model model) {
        return flow.create(new PublicationForm(), authentication, model, page(language));
    }

    @GetMapping("/workspace/publications/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        return flow.edit(editor, id, authentication, model, page(language));
    }

    @PostMapping({"/workspace/publications", "/workspace/publications/{id}"})
    String save(@ModelAttribute("form") PublicationForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.save(editor, form, errors, authentication, model, redirect, response, page(language));
    }

    private FormFlow.Page<PublicationForm> page(Language language) {
        return (form, record, actor, model) -> {
            model.addAttribute("types", PublicationType.values());
            var choices = countries.choices(language);
            model.addAttribute("countries", choices.list());
            model.addAttribute("countryNames", choices.names());
            var links = editor.choices(record == null ? null : record.id(), actor);
            model.addAttribute("observationChoices", links.get("observations"));
            model.addAttribute("schemeChoices", links.get("schemes"));
            return "workspace/publication-form";
        };
    }
}
