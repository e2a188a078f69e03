/** What a sandbox served, for tests and benchmarks to assert on: per-endpoint request counts, rate-limited answers, bytes and the write history. */
package io.mqlsync.sandbox.journal;
