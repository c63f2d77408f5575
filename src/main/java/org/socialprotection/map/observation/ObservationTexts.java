package org.socialprotection.map.observation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.translation.Texts;
import org.socialprotection.map.translation.Translatable;
import org.socialprotection.map.translation.TranslationReader;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The texts of an observation that researchers translate, and their translations as readers get them. */
@Component
public class ObservationTexts implements Translatable {

    /** How translations name observations: the workspace segment. */
    public static final String TYPE = "observations";
    public static final List<String> FIELDS = List.of("title", "narrative", "placeName");

    private final Workflow workflow;
    private final TranslationReader translations;

    ObservationTexts(Workflow workflow, TranslationReader translations) {
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

    @Override
    @Transactional(readOnly = true)
    public Original original(long id, Actor actor) {
        Observation o = workflow.load(ObservationEditor.TYPE, id, actor);
        return new Original(id, o.getTitle(), o.getOriginalLanguage(), originals(o.getTitle(), o.getNarrative(),
                o.getPlaceName()), ObservationEditor.TYPE.editPath(id), ObservationEditor.TYPE.historyPath(id));
    }

    /** The texts of these observations by id, with one query for their translations. */
    public Map<Long, Texts> of(List<Observation> observations) {
        Map<Long, Map<Language, Map<String, String>>> published = published(observations.stream()
                .map(Observation::getId).toList());
        Map<Long, Texts> texts = new HashMap<>();
        observations.forEach(o -> texts.put(o.getId(), Texts.of(o.getOriginalLanguage(), originals(o.getTitle(),
                o.getNarrative(), o.getPlaceName()), published.get(o.getId()))));
        return texts;
    }

    /** The texts of one observation in every language readers can get. */
    public Texts of(Observation o) {
        return Texts.of(o.getOriginalLanguage(), originals(o.getTitle(), o.getNarrative(), o.getPlaceName()),
                translations.published(TYPE, o.getId()));
    }

    /** The published translations of many observations, by id, in one query. */
    Map<Long, Map<Language, Map<String, String>>> published(Collection<Long> ids) {
        return translations.published(TYPE, ids);
    }

    static Map<String, String> originals(String title, String narrative, String placeName) {
        Map<String, String> texts = new HashMap<>();
        texts.put("title", title);
        texts.put("narrative", narrative);
        texts.put("placeName", placeName);
        return texts;
    }
}
