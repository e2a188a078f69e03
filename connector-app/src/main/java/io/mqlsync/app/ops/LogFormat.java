package io.mqlsync.app.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

/**
 * How log lines are written to standard error: {@link #TEXT} for people (the default, as
 * {@code logback.xml} sets it up) or {@link #JSON}, one object per line for a log pipeline, with the MDC
 * ({@code instance}, {@code run}, {@code page}) as fields of every line.
 */
public enum LogFormat {
    /** One readable line per event: time, level, logger, message. */
    TEXT,
    /** One JSON object per line (logback's {@link JsonEncoder}): timestamp, level, thread, logger, mdc, formatted message, throwable. */
    JSON;

    /** The appender {@code logback.xml} declares for standard error. */
    static final String APPENDER = "STDERR";

    /**
     * Switches the process's log output to this format. {@link #TEXT} leaves the configuration as
     * {@code logback.xml} made it. Call once, early, from the main thread.
     */
    public void apply() {
        if (this == TEXT || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (!(appender instanceof OutputStreamAppender<ILoggingEvent> stream)) {
            return; // a logback configuration of the operator's own: left alone
        }
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        // the formatted message only: the pattern and its arguments again would double every value
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        stream.stop();
        stream.setEncoder(encoder);
        stream.start();
    }
}
