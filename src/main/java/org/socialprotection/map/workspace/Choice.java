package org.socialprotection.map.workspace;

/** A record a form offers to link: its id and how the list names it. */
public record Choice(long id, String label) {

    /** A choice named by a code, such as an indicator, with the unit its values take by default. */
    public record Coded(String code, String label, String unit) {
    }
}
