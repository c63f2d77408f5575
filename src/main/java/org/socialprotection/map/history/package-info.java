/** Revision history of schemes, observations, briefs, podcasts and indicator values: who changed what, and restore. */
package org.socialprotection.map.history;
