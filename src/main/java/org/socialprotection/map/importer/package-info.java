/** Bulk import of spreadsheets, GeoJSON and survey exports: a dry run that reports every mistake, then all or nothing. */
package org.socialprotection.map.importer;
