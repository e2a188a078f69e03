/** Pure owner routing on the MQL transition: rule pools, round-robin and least-loaded strategies, account owners. */
package io.mqlsync.core.routing;
