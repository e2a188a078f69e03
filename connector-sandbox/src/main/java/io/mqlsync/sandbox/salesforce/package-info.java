/** A fake Salesforce org served over the partner SOAP API and OAuth, for tests, benchmarks and the demo. */
package io.mqlsync.sandbox.salesforce;
