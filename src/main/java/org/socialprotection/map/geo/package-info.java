/** Shared geometry: the SRID 4326 factory, bbox parsing, the GeoJSON codec and the seam between PostGIS and H2GIS. */
package org.socialprotection.map.geo;
