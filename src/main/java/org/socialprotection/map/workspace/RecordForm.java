package org.socialprotection.map.workspace;

/** What every record's form carries besides its fields: which record it edits, at which version. */
public interface RecordForm {

    /** Null for a new record. */
    Long getId();

    void setId(Long id);

    /** The version the form was opened on; a save on an older one is a conflict. */
    Long getVersion();

    void setVersion(Long version);
}
