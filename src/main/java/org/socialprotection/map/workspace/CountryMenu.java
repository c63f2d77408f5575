package org.socialprotection.map.workspace;

import java.util.Map;
import org.socialprotection.map.atlas.Language;

/**
 * The countries a workspace filter offers: names by ISO3 code, in the reader's language and sorted by name. The
 * country feature provides it, so that the workspace machinery imports no feature.
 */
public interface CountryMenu {

    Map<String, String> names(Language language);
}
