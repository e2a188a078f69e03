/** The sandbox's adjustable clock, so tests and demos can move time instead of waiting. */
package io.mqlsync.sandbox.clock;
