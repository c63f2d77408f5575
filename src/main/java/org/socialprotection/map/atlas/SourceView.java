package org.socialprotection.map.atlas;

import java.time.LocalDate;
import java.util.List;

/** A source as the JSON API shows it. */
public record SourceView(String title, String url, LocalDate accessed) {

    public static List<SourceView> of(List<Source> sources) {
        return sources.stream().map(s -> new SourceView(s.title(), s.url(), s.accessed())).toList();
    }
}
