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
 * The texts of a scheme that researchers write and translate: its description, its note, the reason of each
 * group's legal coverage ("reason.street_vendors") and what each of its reforms changed ("reform.0", by the reform's
 * position in the scheme's list). Its names have their own three forms and are not among them.
 */
@Component
public class SchemeTexts implements Translatable {

    /** How translations name schemes: the workspace segment. */
    public static final String TYPE = "schemes";
    /** The fields every scheme may offer; its reforms' fields come on top, as many as it has. */
    public static final List<String> FIELDS = fieldsOfEveryGroup();
    /** The prefix of a reform's field; SQL matches them all with {@code field LIKE 'reform.%'}. */
    public static final String REFORM = "reform.";
    /** The longest text of what a reform changed, original or translation. */
    public static final int REFORM_LENGTH = SchemeRowChecks.REFORM_CHANGE;

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

    /**
     * The fixed fields and one for each reform the scheme has: a translation of a reform it does not have is refused.
     * A reform's field is its position, so after a reordering or a removal a stored translation sits at another
     * reform's position; its source hash no longer matches that reform's text and it shows as out of date, never
     * silently as the translation of the wrong reform.
     */
    @Override
    public List<String> fields(Original original) {
        List<String> fields = new ArrayList<>(FIELDS);
        for (int i = 0; original.texts().containsKey(reform(i)); i++) {
            fields.add(reform(i));
        }
        return fields;
    }

    /** A reform's translation no longer than its original may be. */
    @Override
    public int maxLength(String field) {
        return field.startsWith(REFORM) ? SchemeRowChecks.REFORM_CHANGE : DEFAULT_MAX_LENGTH;
    }

    @Override
    @Transactional(readOnly = true)
    public Original original(long id, Actor actor) {
        Scheme s = workflow.load(SchemeEditor.TYPE, id, actor);
        // a reform's label carries its date, which tells it apart from the scheme's other reforms
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < s.getReforms().size(); i++) {
            labels.put(reform(i), s.getReforms().get(i).date());
        }
        return new Original(id, s.getOfficialName(), s.getOriginalLanguage(), originals(s),
                SchemeEditor.TYPE.editPath(id), SchemeEditor.TYPE.historyPath(id), labels);
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

    /** The field that holds what the reform at this position of the scheme's list changed. */
    public static String reform(int position) {
        return REFORM + position;
    }

    static Map<String, String> originals(Scheme s) {
        Map<String, String> texts = new HashMap<>();
        texts.put("description", s.getDescription());
        texts.put("note", s.getNote());
        s.getCoverage().forEach(c -> texts.put(reason(c.group()), c.reason()));
        List<SchemeReform> reforms = s.getReforms();
        for (int i = 0; i < reforms.size(); i++) {
            texts.put(reform(i), reforms.get(i).description());
        }
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
