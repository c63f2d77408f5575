/** The map page advocates open first, its embeddable twin, and the settings of the map. */
package org.socialprotection.map.explore;
