package io.mqlsync.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogFormatTest {
    @Test
    @SuppressWarnings("unchecked")
    void jsonWritesOneObjectPerLineWithTheInstanceAndRunOfTheMdc() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFormat.APPENDER);
        Encoder<ILoggingEvent> text = appender.getEncoder();
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LogFormat.JSON.apply();
            try (MDC.MDCCloseable i = MDC.putCloseable("instance", "acme"); MDC.MDCCloseable r = MDC.putCloseable("run", "r-1")) {
                LoggerFactory.getLogger(LogFormatTest.class).warn("page {}: {} read", 3, 100);
                LoggerFactory.getLogger(LogFormatTest.class).warn("second line");
            }
        } finally {
            System.setErr(stderr);
            appender.stop();
            appender.setEncoder(text);
            appender.start();
        }

        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("level").asText()).isEqualTo("WARN");
        assertThat(first.path("formattedMessage").asText()).isEqualTo("page 3: 100 read");
        assertThat(first.path("mdc").path("instance").asText()).isEqualTo("acme");
        assertThat(first.path("mdc").path("run").asText()).isEqualTo("r-1");
        assertThat(first.path("loggerName").asText()).isEqualTo(LogFormatTest.class.getName());
        assertThat(first.has("arguments")).as("values once, in the formatted message").isFalse();
    }
}
