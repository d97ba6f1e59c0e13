package quatrain.app.config;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import quatrain.app.settings.DeviceChoice;

/**
 * Under the "Spark cluster" choice: the master URL, the executor settings, the averaging settings (Spark-only
 * training settings) and whether a driver can start, or why not. Shown only while the choice is Spark.
 */
final class SparkSection extends VBox {
    private static final double FIELD_WIDTH = SettingControls.EDITOR_WIDTH;

    SparkSection(DeviceViewModel device) {
        SparkViewModel spark = device.spark();
        setId("sparkSection");
        setSpacing(8);
        setPadding(new Insets(0, 0, 0, 26));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        // Labels keep their whole text; the fields give way when the column is narrow.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(grid, row, "Master URL", "sparkMaster", spark.masterProperty(), spark.error(SparkViewModel.MASTER),
                "Where Spark runs: local[2] runs it inside the driver on this machine with 2 threads (a quick try);"
                        + " spark://HOST:7077 is a standalone cluster's master; yarn a YARN cluster"
                        + " (HADOOP_CONF_DIR); k8s://https://HOST:PORT a Kubernetes API server.", null);
        row = field(grid, row, "Cores per executor", "sparkExecutorCores", spark.executorCoresProperty(),
                spark.error(SparkViewModel.EXECUTOR_CORES), "Cores each executor process takes"
                        + " (spark.executor.cores). 1 suits DL4J: ND4J's own threads do each task's maths.", spark);
        row = field(grid, row, "Executor memory", "sparkExecutorMemory", spark.executorMemoryProperty(),
                spark.error(SparkViewModel.EXECUTOR_MEMORY), "Heap of each executor in Spark's notation, e.g. 2g or"
                        + " 1536m (spark.executor.memory); ND4J's arrays live outside it, so leave the machine room.",
                spark);
        row = field(grid, row, "Total cores", "sparkTotalCores", spark.totalCoresProperty(),
                spark.error(SparkViewModel.TOTAL_CORES), "Cores the whole run may take on the cluster"
                        + " (spark.cores.max): total ÷ cores per executor executors train side by side.", spark);
        row = field(grid, row, SparkViewModel.AVERAGING_LABELS.get(SparkViewModel.AVERAGING_FREQUENCY),
                "sparkAveragingFrequency", spark.averagingFrequencyProperty(),
                spark.error(SparkViewModel.AVERAGING_FREQUENCY), "Minibatches each worker trains on its own copy"
                        + " of the model before the copies are averaged into one (DL4J's parameter averaging). Fewer"
                        + " keep the result nearer to training on one machine; more move fewer bytes per minibatch.",
                null);
        row = field(grid, row, SparkViewModel.AVERAGING_LABELS.get(SparkViewModel.BATCH_PER_WORKER),
                "sparkBatchSizePerWorker", spark.batchSizePerWorkerProperty(),
                spark.error(SparkViewModel.BATCH_PER_WORKER), "Training windows in each worker's minibatch. 0 uses"
                        + " the training batch size, so that each worker's step is the step of local training.", null);
        row = field(grid, row, SparkViewModel.AVERAGING_LABELS.get(SparkViewModel.PREFETCH), "sparkPrefetch",
                spark.prefetchProperty(), spark.error(SparkViewModel.PREFETCH), "Minibatches each worker prepares in"
                        + " the background while it trains on the current one. 0 prepares none.", null);
        Label executorsNote = new Label("Local mode has no executors to size: the master's threads do the work.");
        executorsNote.setId("sparkExecutorsNote");
        executorsNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        executorsNote.setWrapText(true);
        executorsNote.visibleProperty().bind(spark.executorsApplyProperty().not());
        executorsNote.managedProperty().bind(executorsNote.visibleProperty());
        getChildren().addAll(grid, executorsNote, status(spark));
        visibleProperty().bind(device.choiceProperty().isEqualTo(DeviceChoice.SPARK));
        managedProperty().bind(visibleProperty());
    }

    /** Whether a driver can start, or why not, with a way to ask again (the cluster may have been started since). */
    private static HBox status(SparkViewModel spark) {
        Label status = new Label();
        status.setId("sparkStatus");
        status.setWrapText(true);
        status.setMaxWidth(FIELD_WIDTH + SettingControls.LABEL_WIDTH);
        status.textProperty().bind(spark.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        Runnable style = () -> {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            status.getStyleClass().add(spark.problemProperty().get() ? Styles.DANGER : Styles.SUCCESS);
        };
        spark.problemProperty().addListener((obs, old, p) -> style.run());
        style.run();
        Hyperlink again = new Hyperlink("Check again");
        again.setId("sparkCheckAgain");
        again.getStyleClass().add(Styles.TEXT_SMALL);
        again.setOnAction(e -> spark.checkAgain());
        again.setMinWidth(Hyperlink.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(6, status, again);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** A label, a text field and its message below; executor fields are disabled in local mode. */
    private static int field(GridPane grid, int row, String labelText, String id, StringProperty value,
            ReadOnlyStringProperty error, String help, SparkViewModel executors) {
        Label label = new Label(labelText);
        label.getStyleClass().add("setting-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        text.setPrefWidth(FIELD_WIDTH);
        text.setMinWidth(80);
        text.getStyleClass().add(Styles.SMALL);
        Tooltip tip = SettingControls.tooltip(help);
        label.setTooltip(tip);
        text.setTooltip(tip);
        if (executors != null) {
            label.disableProperty().bind(executors.executorsApplyProperty().not());
            text.disableProperty().bind(executors.executorsApplyProperty().not());
        }
        error.addListener((obs, old, e) -> text.pseudoClassStateChanged(Styles.STATE_DANGER, e != null));
        Label message = new Label();
        message.setId(id + "Error");
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.setMaxWidth(FIELD_WIDTH + 40);
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        grid.add(label, 0, row);
        grid.add(text, 1, row);
        grid.add(message, 1, row + 1);
        return row + 2;
    }
}
