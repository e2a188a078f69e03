/** The Resilience4j-backed call policy core hands each CRM adapter: retries, circuit breaker, rate limits, daily budget, call metrics. */
package io.mqlsync.core.resilience;
