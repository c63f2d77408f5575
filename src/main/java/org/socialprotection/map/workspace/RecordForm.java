package org.socialprotection.map.workspace;

/** What every record's form carries besides its fields: which record it edits, at which version. */
public abstract class RecordForm {

    /** Null for a new record. */
    private Long id;
    /** The version the form was opened on; a save on an older one is a conflict. */
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
