package org.socialprotection.map.collection;

import java.util.List;

/** A collection in the index and in the API's list: what it is called, where, and how much it holds. */
public record CollectionSummary(String slug, String title, String titleLanguage, String introduction,
                         String introductionLanguage, List<Double> extent, int observations, int schemes,
                         int publications, boolean demo) {
}
