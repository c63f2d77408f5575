package org.socialprotection.map.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.WorkflowException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A record's translations for scripts, with the workspace form's rules: read every language's state, save or submit
 * one language, and (editors) publish it. Reading needs a role too, since working texts are drafts.
 */
@RestController
class TranslationApi {

    private final TranslationDesk desk;

    TranslationApi(TranslationDesk desk) {
        this.desk = desk;
    }

    record FieldState(String original, String working, String published, String status, boolean missing,
                      boolean outdated) {
    }

    record LanguageState(String language, boolean missing, boolean outdated, boolean inReview, boolean published,
                         Map<String, FieldState> fields) {

        static LanguageState of(TranslationDesk.Sheet sheet) {
            Map<String, FieldState> fields = new LinkedHashMap<>();
            sheet.fields().forEach(f -> fields.put(f.field(), new FieldState(f.original(), f.working(), f.published(),
                    f.status() == null ? null : f.status().code(), f.missing(), f.outdated())));
            return new LanguageState(sheet.language().code(), sheet.anyMissing(), sheet.anyOutdated(),
                    sheet.inReview(), sheet.published(), fields);
        }
    }

    record Overview(String type, long id, String title, String originalLanguage, List<String> fields,
                    List<LanguageState> languages) {
    }

    /** What a script sends for one language: texts by field (blank clears one), and whether they go for review. */
    record Texts(Map<String, String> texts, Boolean submit) {
    }

    @GetMapping("/api/{type}/{id}/translations")
    Overview overview(@PathVariable String type, @PathVariable long id, Authentication authentication) {
        TranslationDesk.Overview overview = desk.overview(type, id, Actor.of(authentication));
        return new Overview(type, id, overview.original().title(), overview.original().language().code(),
                overview.fields(), overview.sheets().stream().map(LanguageState::of).toList());
    }

    @PutMapping("/api/{type}/{id}/translations/{lang}")
    LanguageState save(@PathVariable String type, @PathVariable long id, @PathVariable String lang,
                       @RequestBody Texts body, Authentication authentication) {
        Language language = language(lang);
        Actor actor = Actor.of(authentication);
        if (body.texts() == null) {
            throw new BadRequestException("texts", "error.param.required",
                    "required: an object of texts by field, e.g. {\"texts\": {\"title\": \"…\"}}");
        }
        // the fields this record offers (a brief has no transcript), not every field of its type
        List<String> fields = desk.overview(type, id, actor).fields();
        for (String field : body.texts().keySet()) {
            if (!fields.contains(field)) {
                throw new BadRequestException("texts." + field, "error.param.choice",
                        "not a translatable field; one of " + String.join(", ", fields), field,
                        String.join(", ", fields));
            }
        }
        desk.save(type, id, language, body.texts(), Boolean.TRUE.equals(body.submit()), actor);
        return sheet(type, id, language, actor);
    }

    @PostMapping("/api/{type}/{id}/translations/{lang}/publish")
    LanguageState publish(@PathVariable String type, @PathVariable long id, @PathVariable String lang,
                          Authentication authentication) {
        Actor actor = Actor.of(authentication);
        if (!actor.editor()) {
            // the role first: a researcher's script learns it may not publish before any detail of its request
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN, "only an editor publishes a translation");
        }
        Language language = language(lang);
        desk.publish(type, id, language, actor);
        return sheet(type, id, language, actor);
    }

    private LanguageState sheet(String type, long id, Language language, Actor actor) {
        return desk.overview(type, id, actor).sheets().stream().filter(s -> s.language() == language)
                .map(LanguageState::of).findFirst().orElseThrow();
    }

    private static Language language(String lang) {
        return Language.of(lang).orElseThrow(() -> new BadRequestException("lang", "error.param.choice",
                "one of en, fr, es", lang, "en, fr, es"));
    }
}
