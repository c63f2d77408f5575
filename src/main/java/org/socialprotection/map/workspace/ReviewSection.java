package org.socialprotection.map.workspace;

import java.util.List;

/**
 * Something besides whole records that waits for an editor, such as one language of a record's translation: the
 * feature that owns it lists it here, and the review queue shows it under its own heading.
 */
public interface ReviewSection {

    /** The message key of the section's heading. */
    String heading();

    List<Item> items();

    /**
     * One thing to review: what it is (and the language that title is in), where to review it, the message key of
     * what kind of change it is ("French translation"), and who sent it.
     */
    record Item(String title, String href, String lang, String noteKey, String by) {
    }
}
