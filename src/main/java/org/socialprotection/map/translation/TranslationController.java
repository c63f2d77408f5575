package org.socialprotection.map.translation;

import java.util.Map;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workspace.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's translations in the workspace: the original beside a form for each other language, saying which
 * texts are missing or older than the original. Plain forms, so it works without JavaScript.
 */
@Controller
class TranslationController {

    private final TranslationDesk desk;

    TranslationController(TranslationDesk desk) {
        this.desk = desk;
    }

    static String path(String segment, long id) {
        return "/workspace/" + segment + "/" + id + "/translations";
    }

    @GetMapping("/workspace/{type}/{id}/translations")
    String page(@PathVariable("type") String segment, @PathVariable long id, Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        model.addAttribute("overview", desk.overview(segment, id, actor));
        model.addAttribute("segment", segment);
        model.addAttribute("editor", actor.editor());
        return "workspace/translations";
    }

    @PostMapping("/workspace/{type}/{id}/translations/{lang}")
    String save(@PathVariable("type") String segment, @PathVariable long id, @PathVariable String lang,
                @RequestParam Map<String, String> params, Authentication authentication,
                RedirectAttributes redirect) {
        Language language = Language.of(lang)
                .orElseThrow(() -> new BadRequestException("lang", "error.param.choice", "one of en, fr, es", lang, "en, fr, es"));
        Actor actor = Actor.of(authentication);
        String action = params.getOrDefault("action", "save");
        switch (action) {
            case "save", "submit" -> desk.save(segment, id, language, params, action.equals("submit"), actor);
            case "publish" -> {
                desk.save(segment, id, language, params, false, actor);
                desk.publish(segment, id, language, actor);
            }
            default -> throw new BadRequestException("action", "error.param.choice", "one of save, submit, publish", action,
                    "save, submit, publish");
        }
        redirect.addFlashAttribute("message", "translation.done." + action);
        return "redirect:" + path(segment, id) + "#" + language.code();
    }
}
