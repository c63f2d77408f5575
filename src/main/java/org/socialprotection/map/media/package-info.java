/**
 * Uploaded files: a store behind {@link org.socialprotection.map.media.MediaStore} keyed by names the app makes,
 * what is known of each file ({@link org.socialprotection.map.media.MediaFile}), recognising a file by its first
 * bytes, and serving it at /media/{key} with ranges and caching. Who may read a file is decided by the feature that
 * owns it, through {@link org.socialprotection.map.media.MediaAccess}.
 */
package org.socialprotection.map.media;
