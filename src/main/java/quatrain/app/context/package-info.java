/**
 * What every pane's ViewModel may use: {@link quatrain.app.context.AppContext} (folders, executors, the training
 * service, the Spark launcher) and the {@link quatrain.app.context.Session} the panes share.
 */
package quatrain.app.context;
