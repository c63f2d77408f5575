/** The researchers' workspace: forms to create and edit records, the review workflow and the review queue. */
package org.socialprotection.map.workspace;
