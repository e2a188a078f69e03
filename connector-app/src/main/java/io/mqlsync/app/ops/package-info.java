/** Operating the daemon: the health and Prometheus metrics endpoint, the meters, and the log format. */
package io.mqlsync.app.ops;
