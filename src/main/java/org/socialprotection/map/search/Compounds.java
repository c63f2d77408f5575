package org.socialprotection.map.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words written as one or as two ("childcare", "child care", "child-care"): both spellings are made one before
 * searching, in the query and in the text, so that each finds what the other finds on H2 and on PostgreSQL alike.
 * A small list of the atlas's own terms, not a general dictionary.
 */
final class Compounds {

    /** A compound and the length of its first part: "childcare" is "child" + "care". */
    record Compound(String joined, int split) {

        String first() {
            return joined.substring(0, split);
        }

        String second() {
            return joined.substring(split);
        }
    }

    static final List<Compound> ALL = List.of(new Compound("childcare", 5), new Compound("daycare", 3),
            new Compound("healthcare", 6), new Compound("homebased", 4), new Compound("carework", 4));

    private Compounds() {
    }

    /**
     * A lowercase text with every compound written as one word, whatever stands between its parts ("child care",
     * "child-care", "child+care").
     */
    static String join(String folded) {
        String text = folded;
        for (Compound c : ALL) {
            text = text.replaceAll("\\b" + Pattern.quote(c.first()) + "[^\\p{L}\\p{N}]+" + Pattern.quote(c.second()) + "\\b",
                    c.joined());
        }
        return text;
    }

    /** The same joining in SQL, around a document expression: nested REPLACEs over its lowercase. */
    static String joinSql(String document) {
        String sql = "LOWER(" + document + ")";
        for (Compound c : ALL) {
            sql = "REPLACE(REPLACE(" + sql + ", '" + c.first() + " " + c.second() + "', '" + c.joined() + "'), '"
                    + c.first() + "-" + c.second() + "', '" + c.joined() + "')";
        }
        return sql;
    }

    /**
     * A pattern finding a word's stem in a folded text however the compound is written there: the stem "childc"
     * also finds "child care" and "child-care".
     */
    static Pattern pattern(String stem) {
        for (Compound c : ALL) {
            if (stem.length() > c.split() && c.joined().startsWith(stem)) {
                return Pattern.compile(Pattern.quote(c.first()) + "[\\s\\-]?" + Pattern.quote(stem.substring(c.split())));
            }
        }
        return Pattern.compile(Pattern.quote(stem));
    }
}
