package org.alephdeploy.service.engine;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where a run stands, as the FX thread sees it: the step running now (index and words), the
 * upload's bytes, rate and time left, and the notes the runner made. Written only through
 * {@link #apply}, on the FX thread; read on the FX thread.
 */
public final class RunProgress {
    /** One coalesced reading of the runner's listener. */
    record Reading(int stepIndex, int stepCount, String stepWords, long bytesDone, long bytesTotal, double bytesPerSecond) {
    }

    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyStringWrapper stepWords = new ReadOnlyStringWrapper(this, "stepWords", "");
    private final ReadOnlyLongWrapper bytesDone = new ReadOnlyLongWrapper(this, "bytesDone");
    private final ReadOnlyLongWrapper bytesTotal = new ReadOnlyLongWrapper(this, "bytesTotal", -1);
    private final ReadOnlyDoubleWrapper bytesPerSecond = new ReadOnlyDoubleWrapper(this, "bytesPerSecond");
    private final ReadOnlyLongWrapper secondsLeft = new ReadOnlyLongWrapper(this, "secondsLeft", -1);
    private final ReadOnlyDoubleWrapper uploadFraction = new ReadOnlyDoubleWrapper(this, "uploadFraction", 0);
    private final ObservableList<String> notes = FXCollections.observableArrayList();

    void apply(Reading r) {
        stepCount.set(r.stepCount());
        stepWords.set(r.stepWords() == null ? "" : r.stepWords());
        stepIndex.set(r.stepIndex());
        bytesTotal.set(r.bytesTotal());
        bytesDone.set(r.bytesDone());
        bytesPerSecond.set(r.bytesPerSecond());
        uploadFraction.set(r.bytesTotal() > 0 ? Math.min(1, (double) r.bytesDone() / r.bytesTotal()) : 0);
        secondsLeft.set(r.bytesTotal() > 0 && r.bytesPerSecond() > 0
                ? Math.round(Math.max(0, r.bytesTotal() - r.bytesDone()) / r.bytesPerSecond()) : -1);
    }

    void note(String words) {
        notes.add(words);
    }

    /** The step running now, 0-based; -1 before the first. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepWordsProperty() {
        return stepWords.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesDoneProperty() {
        return bytesDone.getReadOnlyProperty();
    }

    /** -1 while no upload runs or its size is unknown. */
    public ReadOnlyLongProperty bytesTotalProperty() {
        return bytesTotal.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty bytesPerSecondProperty() {
        return bytesPerSecond.getReadOnlyProperty();
    }

    /** -1 while unknown. */
    public ReadOnlyLongProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** 0 to 1 for the upload running now. */
    public ReadOnlyDoubleProperty uploadFractionProperty() {
        return uploadFraction.getReadOnlyProperty();
    }

    public ObservableList<String> notes() {
        return FXCollections.unmodifiableObservableList(notes);
    }
}
