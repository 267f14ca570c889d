package org.alephdeploy.ui.fx;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The non-modal notices shown in a banner area at the top of the main window, newest first,
 * at most a few at a time. FX thread only.
 */
public final class Notifications {
    static final int LIMIT = 3;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> view = FXCollections.unmodifiableObservableList(notices);

    public ObservableList<Notice> notices() {
        return view;
    }

    public Notice show(Notice notice) {
        notices.add(0, notice);
        if (notices.size() > LIMIT) {
            notices.remove(LIMIT, notices.size());
        }
        return notice;
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    public void clear() {
        notices.clear();
    }
}
