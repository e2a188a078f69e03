/** JMH benchmarks of the scorer and, later, end-to-end syncs against the sandbox. */
package io.mqlsync.bench;
