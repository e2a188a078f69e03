/** The {@code mqlsync run} daemon: a Quartz job per instance on its schedule, alone or clustered on PostgreSQL. */
package io.mqlsync.app.daemon;
