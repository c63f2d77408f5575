/** The life of a record: draft, in review, published; who made and changed it, and when. */
package org.socialprotection.map.workflow;
