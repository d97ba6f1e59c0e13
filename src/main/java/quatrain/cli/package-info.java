/**
 * The {@code quatrain} command line (picocli): one class per sub-command, each returning an exit code —
 * 0 success, 1 failure (with a one-line reason on standard error), 2 wrong usage. Results go to standard
 * output (plain text, or JSON with {@code --json}); progress and logs to standard error.
 */
package quatrain.cli;
