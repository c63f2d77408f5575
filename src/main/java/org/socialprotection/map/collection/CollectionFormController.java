package org.socialprotection.map.collection;

import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.FormFlow;
import org.socialprotection.map.workspace.RecordFormController;
import org.socialprotection.map.workspace.RecordState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Curating a collection in the workspace: its texts, its map extent, the records it gathers and its sources. */
@Controller
@RequestMapping("/workspace/collections")
class CollectionFormController extends RecordFormController<CollectionForm> {

    private final CollectionEditor editor;

    CollectionFormController(CollectionEditor editor, FormFlow flow) {
        super(editor, flow);
        this.editor = editor;
    }

    @Override
    protected CollectionForm newForm(Map<String, String> params) {
        return new CollectionForm();
    }

    @Override
    protected String render(CollectionForm form, RecordState record, Actor actor, Language language, Model model) {
        var links = editor.choices(record == null ? null : record.id(), actor);
        model.addAttribute("observationChoices", links.get("observations"));
        model.addAttribute("schemeChoices", links.get("schemes"));
        model.addAttribute("publicationChoices", links.get("publications"));
        return "workspace/collection-form";
    }
}
