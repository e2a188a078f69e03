/** CRM-neutral fault injection for the sandboxes: rules that pick requests (nth, seeded percentage, endpoint) and the faults they answer with. */
package io.mqlsync.sandbox.fault;
