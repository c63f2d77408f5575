package org.socialprotection.map.scheme;

import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.FormFlow;
import org.socialprotection.map.workspace.RecordFormController;
import org.socialprotection.map.workspace.RecordState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Creating and editing a scheme: its legal design, who the law covers, and how many are covered in practice. */
@Controller
@RequestMapping("/workspace/schemes")
class SchemeFormController extends RecordFormController<SchemeForm> {

    private final Countries countries;

    SchemeFormController(SchemeEditor editor, FormFlow flow, Countries countries) {
        super(editor, flow);
        this.countries = countries;
    }

    @Override
    protected SchemeForm newForm(Map<String, String> params) {
        return new SchemeForm();
    }

    @Override
    protected String render(SchemeForm form, RecordState record, Actor actor, Language language, Model model) {
        var choices = countries.choices(language);
        model.addAttribute("countries", choices.list());
        model.addAttribute("countryNames", choices.names());
        model.addAttribute("originalLanguages", Language.values());
        model.addAttribute("branches", Branch.values());
        model.addAttribute("types", SchemeType.values());
        model.addAttribute("participations", Participation.values());
        model.addAttribute("benefitForms", BenefitForm.values());
        model.addAttribute("groups", WorkerGroup.values());
        model.addAttribute("coverageStatuses", CoverageStatus.values());
        model.addAttribute("schemeStatuses", SchemeStatus.values());
        return "workspace/scheme-form";
    }
}
