package org.socialprotection.map.translation;

import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workspace.Actor;

/**
 * A record type whose texts can be translated, as its feature registers it: which fields, and the original of one
 * record as the actor may see it (a 404 otherwise, as its own form gives). A new type is one new implementation.
 */
public interface Translatable {

    /** The record type's workspace segment ("observations"), which is also how its translations name it. */
    String segment();

    /** Its translatable fields, in the order forms show them, as the message keys "field.{name}" label them. */
    List<String> fields();

    /** The record's original texts, or a NotFoundException when the actor may not see it. */
    Original original(long id, Actor actor);

    /** One record's original: what it is called, its language, its texts by field, and its edit form. */
    record Original(long id, String title, Language language, Map<String, String> texts, String editPath,
                    String historyPath) {
    }
}
