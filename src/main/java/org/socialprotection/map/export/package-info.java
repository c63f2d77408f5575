/** Downloads of what the map shows: CSV that Excel opens, GeoJSON and GeoPackage; schemes and indicators as CSV. */
package org.socialprotection.map.export;
