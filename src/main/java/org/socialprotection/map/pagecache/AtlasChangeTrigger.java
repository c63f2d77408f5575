package org.socialprotection.map.pagecache;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.api.Trigger;

/**
 * H2's side of migration V26. H2 (the embedded, single-node default) runs triggers in Java and refuses any statement
 * of theirs that would commit, which an autocommit write's would: so a write counts here, in this JVM, the one that
 * serves the pages, and {@link AtlasCommits} counts the commit after it, when the change becomes visible.
 * H2 instantiates it by name, hence public.
 */
public class AtlasChangeTrigger implements Trigger {

    private static final AtomicLong WRITES = new AtomicLong();

    static long writes() {
        return WRITES.get();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        WRITES.incrementAndGet();
    }
}
