package org.socialprotection.map.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Source;

/**
 * Sources as a form edits them: one a line, "Title | https://… | 2026-11-28" (URL and accessed date optional), so
 * that a researcher can paste a list and the form needs no script.
 */
public final class SourceLines {

    private SourceLines() {
    }

    public static List<Source> parse(String text) {
        List<Source> sources = new ArrayList<>();
        if (text == null) {
            return sources;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            if (raw.isBlank()) {
                continue;
            }
            String[] parts = raw.split("\\|", -1);
            String title = parts[0].trim();
            String url = parts.length > 1 && !parts[1].isBlank() ? parts[1].trim() : null;
            if (title.isEmpty()) {
                throw new IllegalArgumentException("line " + line + ": a source needs a title before the |");
            }
            if (url != null && !url.matches("https?://\\S+")) {
                throw new IllegalArgumentException("line " + line + ": '" + url + "' is not an http(s) address");
            }
            LocalDate accessed = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    accessed = LocalDate.parse(parts[2].trim());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("line " + line + ": the accessed date must be YYYY-MM-DD");
                }
            }
            sources.add(new Source(title, url, accessed));
        }
        return sources;
    }

    public static String format(List<Source> sources) {
        return sources.stream().map(s -> s.title() + (s.url() == null ? "" : " | " + s.url())
                + (s.accessed() == null ? "" : (s.url() == null ? " | " : "") + " | " + s.accessed()))
                .collect(Collectors.joining("\n"));
    }
}
