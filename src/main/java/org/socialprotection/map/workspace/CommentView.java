package org.socialprotection.map.workspace;

import java.time.Instant;

/** An editor's comment as the record's form shows it. */
public record CommentView(String author, String transition, String comment, Instant createdAt) {
}
