package org.alephdeploy.ui.fx;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A started task as the FX side sees it. FX thread only. */
public interface RunningTask {
    /** Progress from 0 to 1, or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    boolean isDone();

    /** Asks the work to stop; returns false when it had already finished. */
    boolean cancel();
}
