/** Inclusion and exclusion observations: where informal workers find protection or meet barriers. */
package org.socialprotection.map.observation;
