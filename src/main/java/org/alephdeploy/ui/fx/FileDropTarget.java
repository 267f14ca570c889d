package org.alephdeploy.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes a node accept dropped files and folders (nothing else), flags it {@code :drag-over}
 * while a file drag hovers it, and hands the dropped paths to a callback. The callback only
 * records the paths; validating or reading them is background work for the view model.
 */
public final class FileDropTarget {
    public static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    private static final String KEY = FileDropTarget.class.getName();

    private final Node node;
    private final Consumer<List<Path>> onDrop;

    private FileDropTarget(Node node, Consumer<List<Path>> onDrop) {
        this.node = node;
        this.onDrop = Objects.requireNonNull(onDrop);
    }

    /** Installs a drop target on {@code node}; replaces one installed before. */
    public static FileDropTarget install(Node node, Consumer<List<Path>> onDrop) {
        FileDropTarget target = new FileDropTarget(node, onDrop);
        node.getProperties().put(KEY, target);
        node.setOnDragOver(target::dragOver);
        node.setOnDragEntered(target::dragEntered);
        node.setOnDragExited(e -> target.hover(false));
        node.setOnDragDropped(target::dragDropped);
        return target;
    }

    /** The target installed on {@code node}, for tests that cannot synthesise an OS file drag. */
    public static FileDropTarget of(Node node) {
        return (FileDropTarget) node.getProperties().get(KEY);
    }

    private void dragOver(DragEvent event) {
        if (acceptable(event.getDragboard())) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dragEntered(DragEvent event) {
        hover(acceptable(event.getDragboard()));
        event.consume();
    }

    private void dragDropped(DragEvent event) {
        Dragboard board = event.getDragboard();
        boolean done = acceptable(board);
        if (done) {
            drop(board.getFiles().stream().map(File::toPath).toList());
        }
        hover(false);
        event.setDropCompleted(done);
        event.consume();
    }

    private static boolean acceptable(Dragboard board) {
        return board != null && board.hasFiles() && !board.getFiles().isEmpty();
    }

    public void hover(boolean over) {
        node.pseudoClassStateChanged(DRAG_OVER, over);
    }

    /** What a drop of these paths does: empty lists are ignored. */
    public void drop(List<Path> paths) {
        if (!paths.isEmpty()) {
            onDrop.accept(List.copyOf(paths));
        }
    }
}
