package org.socialprotection.map.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Source;

/**
 * One source as a form's row sends it, text as typed ({@code sources[0].title}): the same shape as the JSON API
 * shows a source, so a script reads and writes the same object. A row left empty, or ticked "remove", is not stored.
 */
public class SourceRow implements FormRow {

    private String title;
    private String url;
    private String accessed;
    private boolean remove;

    public SourceRow() {
    }

    public SourceRow(String title, String url, String accessed) {
        this.title = title;
        this.url = url;
        this.accessed = accessed;
    }

    public static SourceRow of(Source s) {
        return new SourceRow(s.title(), s.url(), s.accessed() == null ? null : s.accessed().toString());
    }

    public static List<SourceRow> of(List<Source> sources) {
        return sources.stream().map(SourceRow::of).collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public boolean blank() {
        return FormRow.blank(title, url, accessed);
    }

    /** The rows as one comparable text, for the conflict box. */
    public static String text(List<SourceRow> rows) {
        return rows == null ? "" : rows.stream().filter(r -> r != null && !r.skipped())
                .map(r -> FormRow.joined(r.title, r.url, r.accessed)).collect(Collectors.joining("\n"));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getAccessed() { return accessed; }
    public void setAccessed(String accessed) { this.accessed = accessed; }
    @Override
    @JsonIgnore
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
}
