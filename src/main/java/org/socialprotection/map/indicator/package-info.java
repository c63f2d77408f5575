/** Country indicators such as SDG 1.3.1 coverage and the share of informal employment, by year, with sources. */
package org.socialprotection.map.indicator;
