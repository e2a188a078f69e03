/** What a CRM adapter implements and what its failures mean: the CRM-neutral service provider interface. */
package io.mqlsync.core.spi;
