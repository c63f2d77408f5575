package org.socialprotection.map.workspace;

/** What every record's form carries besides its fields: which record it edits, at which version. */
public abstract class RecordForm {

    /** Null for a new record. */
    private Long id;
    /** The version the form was opened on; a save on an older one is a conflict. */
    private Long version;

    /**
     * Before the page shows the form: each list of rows ends with an empty row to fill. Indexes must not move here,
     * since the errors name rows by index.
     */
    protected void padRows() {
    }

    /**
     * The "Add a row" and "Remove" buttons without JavaScript: drops the rows ticked for removal and, when
     * {@code list} names one of the form's lists of rows, adds an empty row to it.
     */
    protected void editRows(String list) {
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
