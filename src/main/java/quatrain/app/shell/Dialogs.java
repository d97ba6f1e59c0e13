package quatrain.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import quatrain.engine.ModelFiles;

/** The app's dialogs: file choosers that start in the remembered folder, messages and confirmations. */
public final class Dialogs {
    static final ButtonType STOP_AND_QUIT = new ButtonType("Stop and quit", ButtonBar.ButtonData.OK_DONE);

    private Dialogs() {
    }

    public static Optional<Path> chooseCorpus(Window owner, Path folder) {
        FileChooser chooser = chooser("Open corpus", folder);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.text", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    public static Optional<Path> chooseModel(Window owner, Path folder) {
        FileChooser chooser = chooser("Open model", folder);
        chooser.getExtensionFilters().add(modelFilter());
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** A checkpoint or any model file to continue training. */
    public static Optional<Path> chooseResume(Window owner, Path folder) {
        FileChooser chooser = chooser("Resume training from a checkpoint or model", folder);
        chooser.getExtensionFilters().add(modelFilter());
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    public static Optional<Path> chooseModelTarget(Window owner, Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save model as", folder);
        chooser.getExtensionFilters().add(modelFilter());
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static FileChooser.ExtensionFilter modelFilter() {
        return new FileChooser.ExtensionFilter("Quatrain Studio models", "*" + ModelFiles.EXTENSION);
    }

    /** A short message with no stack trace: what went wrong, in the words of the exception's message. */
    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(MainWindowViewModel.TITLE);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    public static void info(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.showAndWait();
    }

    /** Asks whether to stop a running training, save a checkpoint and quit. */
    public static boolean confirmStopTraining(Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", STOP_AND_QUIT, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(MainWindowViewModel.TITLE);
        alert.setHeaderText("Training is running. Stop it, save a checkpoint and quit?");
        alert.setContentText("The model is saved where training stops; you can resume it later.");
        return alert.showAndWait().filter(b -> b == STOP_AND_QUIT).isPresent();
    }
}
