package org.socialprotection.map.search;

import java.util.List;

/**
 * One result: what it is, its page, and a snippet of text around the first word that matched; {@code parts} is the
 * same snippet cut where the words found start and end ({@code match} true), for pages to highlight them.
 * {@code lang} and {@code snippetLang} are the languages title and snippet are in, where the record says (an
 * observation shown in its original language when it has no translation in the reader's); null otherwise.
 */
public record SearchHit(String type, long id, String title, String snippet, List<Part> parts, String url,
                        double rank, String lang, String snippetLang) {

    /** A piece of the snippet, and whether it is a word that was searched for. */
    public record Part(String text, boolean match) {
    }
}
