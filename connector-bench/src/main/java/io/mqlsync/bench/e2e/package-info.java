/** End-to-end benchmarks: the real {@code mqlsync} jar in its own JVM against the fake CRMs of connector-sandbox. */
package io.mqlsync.bench.e2e;
