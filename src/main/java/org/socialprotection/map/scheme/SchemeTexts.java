package org.socialprotection.map.scheme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.translation.Texts;
import org.socialprotection.map.translation.Translatable;
import org.socialprotection.map.translation.TranslationReader;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Workflow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of a scheme that researchers write and translate: its description, its note and the reason of each
 * group's legal coverage ("reason.street_vendors"). Its names have their own three forms and are not among them.
 */
@Component
public class SchemeTexts implements Translatable {

    /** How translations name schemes: the workspace segment. */
    public static final String TYPE = "schemes";
    public static final List<String> FIELDS = fieldsOfEveryGroup();

    private final Workflow workflow;
    private final TranslationReader translations;

    SchemeTexts(Workflow workflow, TranslationReader translations) {
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
        Scheme s = workflow.load(SchemeEditor.TYPE, id, actor);
        return new Original(id, s.getOfficialName(), s.getOriginalLanguage(), originals(s),
                SchemeEditor.TYPE.editPath(id), SchemeEditor.TYPE.historyPath(id));
    }

    /** The texts of these schemes by id, with one query for their translations. */
    Map<Long, Texts> of(Collection<Scheme> schemes) {
        Map<Long, Map<Language, Map<String, String>>> published =
                translations.published(TYPE, schemes.stream().map(Scheme::getId).toList());
        Map<Long, Texts> texts = new HashMap<>();
        schemes.forEach(s -> texts.put(s.getId(), Texts.of(s.getOriginalLanguage(), originals(s),
                published.get(s.getId()))));
        return texts;
    }

    /** The field that holds the reason of a group's legal coverage. */
    static String reason(WorkerGroup group) {
        return "reason." + group.code();
    }

    static Map<String, String> originals(Scheme s) {
        Map<String, String> texts = new HashMap<>();
        texts.put("description", s.getDescription());
        texts.put("note", s.getNote());
        s.getCoverage().forEach(c -> texts.put(reason(c.group()), c.reason()));
        return texts;
    }

    private static List<String> fieldsOfEveryGroup() {
        List<String> fields = new ArrayList<>(List.of("description", "note"));
        for (WorkerGroup group : WorkerGroup.values()) {
            fields.add(reason(group));
        }
        return List.copyOf(fields);
    }
}
