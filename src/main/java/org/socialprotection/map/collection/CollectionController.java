package org.socialprotection.map.collection;

import org.socialprotection.map.atlas.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages: the index of collections and a page for each published one. */
@Controller
class CollectionController {

    private final CollectionReader reader;

    CollectionController(CollectionReader reader) {
        this.reader = reader;
    }

    @GetMapping("/collections")
    String index(Language language, Model model) {
        model.addAttribute("items", reader.list(language));
        return "collection/index";
    }

    @GetMapping("/collections/{slug}")
    String page(@PathVariable String slug, Language language, Model model) {
        model.addAttribute("c", reader.get(slug, language));
        return "collection/page";
    }
}
