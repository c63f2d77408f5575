/** Two to four countries side by side: schemes, legal and effective coverage, indicators, observations, briefs. */
package org.socialprotection.map.compare;
