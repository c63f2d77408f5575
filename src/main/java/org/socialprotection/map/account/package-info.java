/** Accounts, roles, login, API tokens and the security rules of every route. */
package org.socialprotection.map.account;
