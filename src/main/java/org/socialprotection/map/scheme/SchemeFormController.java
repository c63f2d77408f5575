package org.socialprotection.map.scheme;

import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
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

/** Creating and editing a scheme: its legal design, who the law covers, and how many are covered in practice. */
@Controller
class SchemeFormController {

    private final SchemeEditor editor;
    private final FormFlow flow;
    private final Countries countries;

    SchemeFormController(SchemeEditor editor, FormFlow flow, Countries countries) {
        this.editor = editor;
        this.flow = flow;
        this.countries = countries;
    }

    @GetMapping("/workspace/schemes/new")
    String create(Authentication authentication, Language language, Model model) {
        return flow.create(new SchemeForm(), authentication, model, page(language));
    }

    @GetMapping("/workspace/schemes/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        return flow.edit(editor, id, authentication, model, page(language));
    }

    @PostMapping({"/workspace/schemes", "/workspace/schemes/{id}"})
    String save(@ModelAttribute("form") SchemeForm form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.save(editor, form, errors, authentication, model, redirect, response, page(language));
    }

    private FormFlow.Page<SchemeForm> page(Language language) {
        return (form, record, actor, model) -> {
            var choices = countries.choices(language);
            model.addAttribute("countries", choices.list());
            model.addAttribute("countryNames", choices.names());
            model.addAttribute("branches", Branch.values());
            model.addAttribute("types", SchemeType.values());
            model.addAttribute("participations", Participation.values());
            model.addAttribute("benefitForms", BenefitForm.values());
            model.addAttribute("groups", WorkerGroup.values());
            model.addAttribute("coverageStatuses", CoverageStatus.values());
            model.addAttribute("schemeStatuses", SchemeStatus.values());
            return "workspace/scheme-form";
        };
    }
}
