/** Briefs and podcasts, linked to the countries, observations and schemes they speak of. */
package org.socialprotection.map.publication;
