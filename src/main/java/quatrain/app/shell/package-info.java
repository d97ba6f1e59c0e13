/**
 * The window around the panes: menus, tabs, status bar, theme, dropped files, recent files, settings,
 * logging, the last-resort error dialog and quitting while training runs. {@link quatrain.app.shell.Shell}
 * wires views to view models; other panes join through {@link quatrain.app.shell.MainWindow#addPane}.
 */
package quatrain.app.shell;
