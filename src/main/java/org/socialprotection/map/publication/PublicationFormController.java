package org.socialprotection.map.publication;

import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.FormFlow;
import org.socialprotection.map.workspace.RecordFormController;
import org.socialprotection.map.workspace.RecordState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Creating and editing a brief or a podcast episode, with the places, observations and schemes it speaks of. */
@Controller
@RequestMapping("/workspace/publications")
class PublicationFormController extends RecordFormController<PublicationForm> {

    private final PublicationEditor editor;
    private final Countries countries;

    PublicationFormController(PublicationEditor editor, FormFlow flow, Countries countries) {
        super(editor, flow);
        this.editor = editor;
        this.countries = countries;
    }

    @Override
    protected PublicationForm newForm(Map<String, String> params) {
        return new PublicationForm();
    }

    @Override
    protected String render(PublicationForm form, RecordState record, Actor actor, Language language, Model model) {
        model.addAttribute("types", PublicationType.values());
        model.addAttribute("originalLanguages", Language.values());
        var choices = countries.choices(language);
        model.addAttribute("countries", choices.list());
        model.addAttribute("countryNames", choices.names());
        var links = editor.choices(record == null ? null : record.id(), actor);
        model.addAttribute("observationChoices", links.get("observations"));
        // a segment's select shows an id it does not offer (as sent, to be corrected) rather than dropping it
        model.addAttribute("observationIds", links.get("observations").stream()
                .map(c -> String.valueOf(c.id())).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("schemeChoices", links.get("schemes"));
        return "workspace/publication-form";
    }
}
