/** The JDBC detail behind {@link io.mqlsync.core.state.StateDatabase}: SQL per table, the pool, migrations and redaction; no other package uses it. */
package io.mqlsync.core.state.internal;
