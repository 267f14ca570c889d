package org.alephdeploy.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LoggingSetupTest {
    @Test
    void warningsAndErrorsGoToStandardErrorWithTheTimeLevelAndLogger() {
        LoggerContext context = new LoggerContext();
        assertThat(new LoggingSetup().configure(context, false)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        Appender<ILoggingEvent> appender = root.getAppender("STDERR");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
    }

    @Test
    void aConfigurationGivenElsewhereWins() {
        LoggerContext context = new LoggerContext();
        assertThat(new LoggingSetup().configure(context, true)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
        // the tests' logback-test.xml is such a configuration
        assertThat(new LoggingSetup().configure(new LoggerContext())).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void logbackFindsIt() {
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LoggingSetup.class);
    }
}
