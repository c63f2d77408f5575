package org.socialprotection.map.publication;

import org.socialprotection.map.atlas.Coded;

public enum PublicationType implements Coded {
    BRIEF, PODCAST
}
