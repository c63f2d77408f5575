/** The coverage matrix: what the law does for each worker group, country by country, branch by branch, as of a year. */
package org.socialprotection.map.coverage;
