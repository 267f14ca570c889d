package org.alephdeploy.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;

class TaskBuilderTest {
    private final List<String> events = new ArrayList<>();
    private final List<Throwable> unhandled = new ArrayList<>();
    private final SyncFxTasks tasks = new SyncFxTasks(unhandled::add);

    @Test
    void successRunsTheSuccessHandlerThenFinally() {
        tasks.run(() -> 42)
                .onSuccess(v -> events.add("success " + v))
                .onError(Exception.class, e -> events.add("error"))
                .andFinally(() -> events.add("finally"))
                .start();

        assertThat(events).containsExactly("success 42", "finally");
    }

    @Test
    void theFirstMatchingErrorHandlerWinsByType() {
        tasks.run(() -> {
            throw new FileNotFoundException("gone");
        })
                .onError(IllegalStateException.class, e -> events.add("state"))
                .onError(IOException.class, e -> events.add("io " + e.getMessage()))
                .onError(Exception.class, e -> events.add("any"))
                .andFinally(() -> events.add("finally"))
                .start();

        assertThat(events).containsExactly("io gone", "finally");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void anErrorNoHandlerClaimsGoesToTheUnhandledConsumer() {
        tasks.run(() -> {
            throw new IllegalArgumentException("bad");
        })
                .onError(IOException.class, e -> events.add("io"))
                .andFinally(() -> events.add("finally"))
                .start();

        assertThat(events).containsExactly("finally");
        assertThat(unhandled).singleElement().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressIsReportedAndAStartedTaskCannotStartTwice() {
        TaskBuilder<String> builder = tasks.runWithProgress(progress -> {
            progress.progress(1, 4);
            return "ok";
        });
        RunningTask running = builder.start();

        assertThat(running.isDone()).isTrue();
        assertThat(running.progressProperty().get()).isEqualTo(1.0);
        Assertions.assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class);
    }
}
