package org.socialprotection.map.atlas;

/** A name in each language of the atlas. */
public record Names(String en, String fr, String es) {
}
