package org.socialprotection.map.atlas;

import java.util.List;

/** One page of a filtered list and how many records matched in all. */
public record Page<T>(long numberMatched, int limit, int offset, List<T> items) {
}
