package org.socialprotection.map.search;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page and its JSON twin. */
@Controller
class SearchController {

    private final Search search;
    private final MessageSource messages;

    SearchController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, Language language, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("hits", search.find(q, language, Search.MAX_LIMIT));
            } catch (BadRequestException e) {
                // in the reader's language: the reason is a message with the words typed as its argument
                model.addAttribute("error", messages.getMessage(e, language.locale()));
            }
        }
        return "search/page";
    }

}
