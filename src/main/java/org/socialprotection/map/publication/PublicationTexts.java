package org.socialprotection.map.publication;

import java.util.ArrayList;
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
 * podcast's transcript and the title of each of its chapters ("segment.0", by the segment's position in the episode's
 * list); a brief has neither.
 */
@Component
public class PublicationTexts implements Translatable {

    /** How translations name briefs and podcasts: the workspace segment. */
    public static final String TYPE = "publications";
    public static final List<String> FIELDS = List.of("title", "summary", "transcript");
    private static final List<String> BRIEF_FIELDS = List.of("title", "summary");
    /** The prefix of a chapter's field. */
    public static final String SEGMENT = "segment.";

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

    /**
     * A podcast's, whose originals carry a transcript field (perhaps empty), and one for each chapter it has; a
     * brief's have neither. As with a scheme's reforms, a chapter's field is its position: after a reordering a stored
     * translation shows as out of date (its source hash no longer matches), never as another chapter's title.
     */
    @Override
    public List<String> fields(Original original) {
        if (!original.texts().containsKey("transcript")) {
            return BRIEF_FIELDS;
        }
        List<String> fields = new ArrayList<>(FIELDS);
        for (int i = 0; original.texts().containsKey(segment(i)); i++) {
            fields.add(segment(i));
        }
        return fields;
    }

    /** A transcript as long as its original may be; a chapter's title as long as a title. */
    @Override
    public int maxLength(String field) {
        if (field.startsWith(SEGMENT)) {
            return FieldChecks.NAME;
        }
        return "transcript".equals(field) ? FieldChecks.TRANSCRIPT : DEFAULT_MAX_LENGTH;
    }

    @Override
    @Transactional(readOnly = true)
    public Original original(long id, Actor actor) {
        Publication p = workflow.load(PublicationEditor.TYPE, id, actor);
        // a chapter's label carries where it starts, which tells it apart from the episode's other chapters
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < p.getSegments().size(); i++) {
            labels.put(segment(i), Segment.clock(p.getSegments().get(i).startSeconds()));
        }
        return new Original(id, p.getTitle(), p.getOriginalLanguage(), originals(p),
                PublicationEditor.TYPE.editPath(id), PublicationEditor.TYPE.historyPath(id), labels);
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

    /** The field that holds the title of the chapter at this position of the episode's list. */
    public static String segment(int position) {
        return SEGMENT + position;
    }

    private static Map<String, String> originals(Publication p) {
        Map<String, String> texts = new HashMap<>();
        texts.put("title", p.getTitle());
        texts.put("summary", p.getSummary());
        if (p.getType() == PublicationType.PODCAST) {
            texts.put("transcript", p.getTranscript());
            List<Segment> segments = p.getSegments();
            for (int i = 0; i < segments.size(); i++) {
                texts.put(segment(i), segments.get(i).title());
            }
        }
        return texts;
    }
}
