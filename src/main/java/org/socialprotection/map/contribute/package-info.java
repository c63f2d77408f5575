/** Moderated submissions: workers' organisations and the public send what they saw; editors accept, merge or reject. */
package org.socialprotection.map.contribute;
