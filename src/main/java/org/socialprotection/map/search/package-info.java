/** Full-text search over schemes, observations, briefs (with their PDFs' text) and podcast transcripts. */
package org.socialprotection.map.search;
