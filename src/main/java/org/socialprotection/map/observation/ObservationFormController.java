package org.socialprotection.map.observation;

import org.socialprotection.map.scheme.Branch;
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

/** Creating and editing an observation: by clicking the map, typing coordinates or picking a place. */
@Controller
@RequestMapping("/workspace/observations")
class ObservationFormController extends RecordFormController<ObservationForm> {

    private final Countries countries;
    private final SchemePicker picker;

    ObservationFormController(ObservationEditor editor, FormFlow flow, Countries countries, SchemePicker picker) {
        super(editor, flow);
        this.countries = countries;
        this.picker = picker;
    }

    @Override
    protected ObservationForm newForm(Map<String, String> params) {
        ObservationForm form = new ObservationForm();
        form.setLon(params.get("lon"));
        form.setLat(params.get("lat"));
        form.setOriginalLanguage(Language.EN.code());
        return form;
    }

    @Override
    protected String render(ObservationForm form, RecordState record, Actor actor, Language language, Model model) {
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("originalLanguages", Language.values());
        model.addAttribute("placeTypes", PlaceType.values());
        model.addAttribute("privacies", Privacy.values());
        model.addAttribute("groups", WorkerGroup.values());
        model.addAttribute("components", Component.values());
        model.addAttribute("branches", Branch.values());
        var choices = countries.choices(language);
        model.addAttribute("countries", choices.list());
        model.addAttribute("countryNames", choices.names());
        model.addAttribute("schemeGroups", picker.offer(form, actor));
        return "workspace/observation-form";
    }
}
