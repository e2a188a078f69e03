/** The demo's fake CRM: a seeded sandbox, the instance config pointing at it, and sales answering handoffs between runs. */
package io.mqlsync.app.demo;
