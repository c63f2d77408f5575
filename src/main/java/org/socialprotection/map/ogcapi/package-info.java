/**
 * OGC API - Features (Part 1: Core, GeoJSON, HTML) under /ogcapi: the published observations and the countries for
 * GIS software such as QGIS and GDAL. How each requirement is met is in docs/CONFORMANCE.md.
 */
package org.socialprotection.map.ogcapi;
