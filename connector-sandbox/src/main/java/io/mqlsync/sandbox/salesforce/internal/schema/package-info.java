/** The fake org's objects and fields, its id format and how field values are read and written as text. */
package io.mqlsync.sandbox.salesforce.internal.schema;
