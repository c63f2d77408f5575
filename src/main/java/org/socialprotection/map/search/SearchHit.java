package org.socialprotection.map.search;

/** One result: what it is, its page, and a snippet of text around the first word that matched. */
public record SearchHit(String type, long id, String title, String snippet, String url, double rank) {
}
