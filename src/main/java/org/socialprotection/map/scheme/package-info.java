/** Social protection schemes: branches, type, who the law covers, who is covered in practice, and sources. */
package org.socialprotection.map.scheme;
