package quatrain.app.training;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

import quatrain.app.context.AppContext;
import quatrain.app.service.TrainingStatus;

/**
 * The training pane: run controls and progress on top, outcome and warnings as banners, the charts in the
 * middle and the samples on the right. Everything it shows comes from {@link TrainingViewModel}.
 */
public final class TrainingPane extends BorderPane {
    private final TrainingViewModel vm;
    private final ChartPanel charts;

    public TrainingPane(AppContext ctx) {
        this(new TrainingViewModel(ctx));
    }

    public TrainingPane(TrainingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("training-pane");
        getStylesheets().add(TrainingPane.class.getResource("training.css").toExternalForm());
        this.charts = new ChartPanel(vm);
        VBox top = new VBox(actions(), progress(), new Banners(vm));
        top.getStyleClass().add("top-bar");
        setTop(top);
        SplitPane split = new SplitPane(charts, new SamplesView(vm));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
    }

    public TrainingViewModel viewModel() {
        return vm;
    }

    ChartPanel chartPanel() {
        return charts;
    }

    private HBox actions() {
        Button train = button("Train", "train-button", vm::train);
        train.getStyleClass().add(Styles.ACCENT);
        train.disableProperty().bind(vm.canTrainProperty().not());
        train.setTooltip(new Tooltip("Train the chosen model on the chosen text; a new model file is written"
                + " after every epoch"));
        Button pause = button("Pause", "pause-button", vm::pause);
        pause.disableProperty().bind(vm.canPauseProperty().not());
        // A disabled button shows no tooltip, so the reason a Spark run has no Pause hangs on a holder around it.
        StackPane pauseHolder = new StackPane(pause);
        pauseHolder.setId("pause-holder");
        Tooltip noPause = new Tooltip();
        noPause.setWrapText(true);
        noPause.setMaxWidth(360);
        noPause.textProperty().bind(vm.pauseNoteProperty());
        vm.pauseNoteProperty().addListener((o, a, note) -> {
            if (note == null) {
                Tooltip.uninstall(pauseHolder, noPause);
            } else {
                Tooltip.install(pauseHolder, noPause);
            }
        });
        Button resume = button("Resume", "resume-button", vm::resume);
        resume.disableProperty().bind(vm.canResumeProperty().not());
        Button stop = button("Stop", "stop-button", vm::stop);
        stop.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        stop.disableProperty().bind(vm.canStopProperty().not());
        stop.setTooltip(new Tooltip("Stop after the current minibatch and keep the model as it is"));
        Button more = button("Continue training", "continue-button", vm::continueModel);
        more.disableProperty().bind(vm.canContinueProperty().not());
        more.setTooltip(new Tooltip("Resume training the loaded model (a checkpoint, or any model file) on this text;"
                + " File ▸ Resume training… picks another file"));
        Label status = new Label();
        status.setId("training-status");
        status.getStyleClass().add("status-chip");
        status.textProperty().bind(vm.statusTextProperty());
        status.setMinWidth(Label.USE_PREF_SIZE);
        vm.statusProperty().addListener((o, a, s) -> styleStatus(status, s));
        styleStatus(status, vm.statusProperty().get());
        Label setup = new Label();
        setup.getStyleClass().add("setup-text");
        setup.textProperty().bind(vm.setupTextProperty());
        Tooltip sparkProblem = new Tooltip();
        sparkProblem.setWrapText(true);
        sparkProblem.setMaxWidth(420);
        sparkProblem.textProperty().bind(vm.sparkProblemProperty());
        setup.tooltipProperty().bind(Bindings.when(vm.sparkProblemProperty().isNotNull()).then(sparkProblem)
                .otherwise((Tooltip) null));
        HBox row = new HBox(train, pauseHolder, resume, stop, more, new Spacer(6), status, new Spacer(), setup);
        row.getStyleClass().add("actions");
        return row;
    }

    private HBox progress() {
        TrainingProgress p = vm.progress();
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(p.fractionProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label epoch = caption(p.epochTextProperty().getValue());
        epoch.getStyleClass().add("strong");
        epoch.textProperty().bind(p.epochTextProperty());
        Label batch = caption("");
        batch.textProperty().bind(p.batchTextProperty());
        Label eta = caption("");
        eta.textProperty().bind(p.etaTextProperty());
        Label speed = caption("");
        speed.textProperty().bind(p.speedTextProperty());
        HBox row = new HBox(bar, epoch, batch, eta, speed);
        row.getStyleClass().add("progress-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static void styleStatus(Label label, TrainingStatus status) {
        label.getStyleClass().removeIf(c -> !c.equals("label") && !c.equals("status-chip"));
        label.getStyleClass().add(status.name().toLowerCase(Locale.ROOT));
    }
}
