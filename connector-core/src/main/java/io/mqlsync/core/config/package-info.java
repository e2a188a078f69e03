/** Loading and validating configuration files (scoring models, instance configs): every problem reported at once, one line each. */
package io.mqlsync.core.config;
