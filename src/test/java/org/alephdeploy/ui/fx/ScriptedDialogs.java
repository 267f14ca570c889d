package org.alephdeploy.ui.fx;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link Dialogs} that answer from a script and record what was asked, for tests. An unscripted
 * question fails the test rather than guessing.
 */
public final class ScriptedDialogs implements Dialogs {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<ErrorReport> errors = new ArrayList<>();

    /** Queues the next answer: a Boolean, a String (text, or typed confirmation), a Path, or {@link Optional#empty()}. */
    public ScriptedDialogs answer(Object next) {
        answers.add(next);
        return this;
    }

    public List<String> asked() {
        return List.copyOf(asked);
    }

    public List<ErrorReport> errors() {
        return List.copyOf(errors);
    }

    private Object next(String question) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("no scripted answer for: " + question);
        }
        return answers.poll();
    }

    @Override
    public void info(String title, String text) {
        asked.add("info: " + title + ": " + text);
    }

    @Override
    public boolean confirm(String title, String text, String confirmLabel) {
        return (Boolean) next("confirm: " + title);
    }

    @Override
    public void error(ErrorReport report) {
        asked.add("error: " + report.code());
        errors.add(report);
    }

    @Override
    public boolean confirmByTyping(String title, String text, String expected, String confirmLabel) {
        return expected.equals(next("type: " + title));
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        Object a = next("ask: " + title);
        return a instanceof Optional<?> o ? o.map(String::valueOf) : Optional.of((String) a);
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return path(next("file: " + title));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return path(next("folder: " + title));
    }

    private static Optional<Path> path(Object a) {
        return a instanceof Optional<?> o ? o.map(Path.class::cast) : Optional.of((Path) a);
    }
}
