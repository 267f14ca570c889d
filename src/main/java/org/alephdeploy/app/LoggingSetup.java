package org.alephdeploy.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The app's logging, set up in code (found by logback through {@code META-INF/services}): warnings
 * and errors to standard error, {@code HH:mm:ss.SSS LEVEL logger - message}; command-line output
 * belongs to the commands, library chatter stays quiet. Written in code because reading the same
 * three lines from a {@code logback.xml} loads logback's XML configurator and a SAX parser, several
 * hundred classes, at every start of the window and of each command. Whoever gives logback a
 * configuration ({@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class
 * path, as the tests do) gets theirs instead.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        return configure(context, System.getProperty("logback.configurationFile") != null
                || LoggingSetup.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    /** Sets up {@code context} unless a configuration was {@code given} elsewhere. */
    ExecutionStatus configure(LoggerContext context, boolean given) {
        if (given) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
