package quatrain;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two settings that make training on the CPU much faster and that only exist before the JVM starts: the Vector
 * API's module ({@code --add-modules jdk.incubator.vector}, for the recurrent layers' SIMD activations) and
 * {@code OMP_WAIT_POLICY=PASSIVE} (otherwise ND4J's OpenMP threads spin after every matrix product and take the
 * cores from the Java gate maths: 15–40% of a character-LSTM minibatch, see docs/BENCHMARKS.md). A plain
 * {@code java -jar} start has neither, so {@link Main} starts the same command once more with them (about 0.3 s),
 * for the app and the commands that train. The JVM then prints "WARNING: Using incubator modules" on stderr.
 *
 * <p>The installers' launchers pass the module themselves and are not {@code java}, so for them only the
 * environment is added. A marker variable stops a second relaunch whatever happens.
 */
public final class JvmTuning {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    /**
     * Set by jpackage's Linux launcher in its own environment before it starts the JVM; a launcher that finds it
     * set behaves as plain {@code java} (its arguments are taken as the JVM's: "Could not find or load main
     * class bench"). A restart must not pass it on.
     */
    private static final String JPACKAGE_LAUNCHER = "_JPACKAGE_LAUNCHER";
    /** Set in the relaunched process's environment (and inherited by what it starts). */
    public static final String APPLIED = "QUATRAIN_JVM_TUNED";

    /** The commands that train; the others start faster without a relaunch (and without the JVM's warning). */
    private static final Set<String> TRAINING_COMMANDS = Set.of("train", "bench", "evaluate");

    private JvmTuning() {
    }

    /** Whether this start trains or may train: the desktop app, or a training command. */
    static boolean trains(boolean app, String[] args) {
        return app || (args.length > 0 && TRAINING_COMMANDS.contains(args[0]));
    }

    /**
     * The command to run instead of this one, or empty to go on here.
     *
     * @param command       this process's executable
     * @param arguments     its arguments (for {@code java}: JVM options, then {@code -jar}/{@code -cp}, main, args)
     * @param env           its environment
     * @param hasModule     whether the Vector API's module is in this JVM's boot layer
     * @param canAddModule  whether this JVM's runtime image has the module at all
     */
    static Optional<Relaunch> plan(String command, List<String> arguments, Map<String, String> env,
            boolean hasModule, boolean canAddModule) {
        if (env.containsKey(APPLIED)) {
            return Optional.empty();
        }
        boolean isJava = isJavaLauncher(command);
        boolean addModule = !hasModule && canAddModule && isJava;
        boolean addPolicy = !env.containsKey(WAIT_POLICY);
        if (!addModule && !addPolicy) {
            return Optional.empty();
        }
        List<String> next = new ArrayList<>();
        next.add(command);
        if (addModule) {
            next.add("--add-modules=" + VECTOR_MODULE);
        }
        next.addAll(arguments);
        Map<String, String> extra = new HashMap<>();
        extra.put(APPLIED, "1");
        if (addPolicy) {
            extra.put(WAIT_POLICY, "PASSIVE");
        }
        return Optional.of(new Relaunch(next, Map.copyOf(extra)));
    }

    /** {@link #plan} for this process. Empty too when its command line cannot be read. */
    static Optional<Relaunch> planForThisProcess() {
        return thisCommandLine().flatMap(line -> plan(line.get(0), line.subList(1, line.size()), System.getenv(),
                ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent(),
                ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent()));
    }

    /**
     * Runs this process's own command line again with {@code extra} added to its environment (the device
     * preference uses it too) and returns the exit code; empty when the command line cannot be read or the
     * process cannot start.
     */
    public static Optional<Integer> restart(Map<String, String> extra) {
        return thisCommandLine().flatMap(line -> new Relaunch(line, Map.copyOf(extra)).run());
    }

    /** The executable and its arguments, as the OS knows them. */
    private static Optional<List<String>> thisCommandLine() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(info.command().get());
        line.addAll(List.of(info.arguments().get()));
        return Optional.of(line);
    }

    static boolean isJavaLauncher(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe");
    }

    /** A command line and the variables to add to this process's environment for it. */
    record Relaunch(List<String> command, Map<String, String> environment) {
        /** Runs it with this process's standard streams and returns its exit code; empty if it cannot start. */
        Optional<Integer> run() {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().remove(JPACKAGE_LAUNCHER);
            builder.environment().putAll(environment);
            try {
                return Optional.of(builder.start().waitFor());
            } catch (IOException e) {
                System.err.println("Could not restart (" + e.getMessage() + "); going on");
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(130);
            }
        }
    }
}
