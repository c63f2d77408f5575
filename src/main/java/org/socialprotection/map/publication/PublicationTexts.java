package org.socialprotection.map.publication;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.translation.Texts;
import org.socialprotection.map.translation.Translatable;
import org.socialprotection.map.translation.TranslationReader;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of a brief or podcast that researchers translate, as readers get them: its title and summary, and a
 * podcast's transcript (a brief has none to translate).
 */
@Component
public class PublicationTexts implements Translatable {

    /** How translations name briefs and podcasts: the workspace segment. */
    public static final String TYPE = "publications";
    public static final List<String> FIELDS = List.of("title", "summary", "transcript");
    private static final List<String> BRIEF_FIELDS = List.of("title", "summary");

    private final Workflow workflow;
    private final TranslationReader translations;

    PublicationTexts(Workflow workflow, TranslationReader translations) {
        this.workflow = workflow;
        this.translations = translations;
    }

    @Override
    public String segment() {
        return TYPE;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** A podcast's, whose originals carry a transcript field (perhaps empty); a brief's do not. */
    @Override
    public List<String> fields(Original original) {
        return original.texts().containsKey("transcript") ? FIELDS : BRIEF_FIELDS;
    }

    /** A transcript as long as its original may be. */
    @Override
    public int maxLength(String field) {
        return "transcript".equals(field) ? FieldChecks.TRANSCRIPT : DEFAULT_MAX_LENGTH;
    }

    @Override
    @Transactional(readOnly = true)
    public Original original(long id, Actor actor) {
        Publication p = workflow.load(PublicationEditor.TYPE, id, actor);
        return new Original(id, p.getTitle(), p.getOriginalLanguage(), originals(p),
                PublicationEditor.TYPE.editPath(id), PublicationEditor.TYPE.historyPath(id));
    }

    /** The texts of these publications by id, with one query for their translations. */
    Map<Long, Texts> of(Collection<Publication> publications) {
        Map<Long, Map<Language, Map<String, String>>> published =
                translations.published(TYPE, publications.stream().map(Publication::getId).toList());
        Map<Long, Texts> texts = new HashMap<>();
        publications.forEach(p -> texts.put(p.getId(), Texts.of(p.getOriginalLanguage(), originals(p),
                published.get(p.getId()))));
        return texts;
    }

    private static Map<String, String> originals(Publication p) {
        Map<String, String> texts = new HashMap<>();
        texts.put("title", p.getTitle());
        texts.put("summary", p.getSummary());
        if (p.getType() == PublicationType.PODCAST) {
            texts.put("transcript", p.getTranscript());
        }
        return texts;
    }
}
