/** Curated collections: a theme told through chosen observations, schemes, briefs and podcasts, with a map preset. */
package org.socialprotection.map.collection;
