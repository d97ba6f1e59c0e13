package quatrain.launch;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.Charset;
import java.nio.file.Files;
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
 * cores from the Java gate maths; docs/BENCHMARKS.md has how much). A plain {@code java -jar} start has neither,
 * so {@code quatrain.Main} starts the same command once more with them (a tenth of a second or so),
 * for the app and the commands that train. The JVM then prints "WARNING: Using incubator modules" on stderr. A
 * {@code java -jar} restart also maps the app's class-data archive when the build wrote one ({@link SharedArchive}),
 * which more than pays for the restart on the way to the app's first frame.
 *
 * <p>The installers' launchers pass the module themselves and are not {@code java}, so for them only the
 * environment is added. A marker variable stops a second relaunch whatever happens.
 *
 * <p>The two processes live and die as one: the first passes TERM, INT and HUP on to the second and exits with
 * its status, and the second ends when the first dies ({@link ParentWatch}), so stopping the PID a user, a
 * desktop or a script started stops everything.
 */
public final class JvmTuning {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    public static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    /**
     * Set by jpackage's Linux launcher in its own environment before it starts the JVM; a launcher that finds it
     * set behaves as plain {@code java} (its arguments are taken as the JVM's: "Could not find or load main
     * class bench"). A restart must not pass it on.
     */
    private static final String JPACKAGE_LAUNCHER = "_JPACKAGE_LAUNCHER";
    /** Set in the relaunched process's environment (and inherited by what it starts). */
    public static final String APPLIED = "QUATRAIN_JVM_TUNED";
    /**
     * The relaunching process's PID, in the relaunched one's environment: it ends when that process dies. Any process
     * that starts {@code quatrain.Main} itself and wants it to end with it sets it too (the app's Spark driver).
     */
    public static final String PARENT_PID = "QUATRAIN_PARENT_PID";

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
        return plan(command, arguments, env, hasModule, canAddModule, Optional.empty());
    }

    /**
     * {@link #plan(String, List, Map, boolean, boolean)}, and a {@code java} restart uses {@code archive} (the app's
     * class-data archive, {@link SharedArchive}) when there is one.
     */
    static Optional<Relaunch> plan(String command, List<String> arguments, Map<String, String> env,
            boolean hasModule, boolean canAddModule, Optional<SharedArchive> archive) {
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
        if (isJava && archive.isPresent()) {
            next.addAll(archive.get().options());
            next.addAll(archive.get().withJarAsArchived(arguments));
        } else {
            next.addAll(arguments);
        }
        Map<String, String> extra = new HashMap<>();
        extra.put(APPLIED, "1");
        if (addPolicy) {
            extra.put(WAIT_POLICY, "PASSIVE");
        }
        return Optional.of(new Relaunch(next, Map.copyOf(extra)));
    }

    /** {@link #plan} for this process. Empty too when its command line cannot be read. */
    static Optional<Relaunch> planForThisProcess() {
        return thisCommandLine().flatMap(line -> {
            List<String> arguments = line.subList(1, line.size());
            return plan(line.get(0), arguments, System.getenv(),
                    ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent(),
                    ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent(), SharedArchive.forArguments(arguments));
        });
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
        Optional<List<String>> arguments = info.arguments().map(List::of).or(JvmTuning::procArguments);
        if (info.command().isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(info.command().get());
        line.addAll(arguments.get());
        return Optional.of(line);
    }

    /**
     * The arguments from {@code /proc/self/cmdline} (Linux): the JDK reads only its first 4,096 bytes and gives no
     * arguments at all for a longer command line, such as {@code java -cp <150 jars> quatrain.Main}.
     */
    private static Optional<List<String>> procArguments() {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            // in the encoding the JVM decoded its own arguments with, and ProcessBuilder encodes them again
            return Optional.of(procArguments(bytes, Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))));
        } catch (IOException | RuntimeException e) { // not Linux
            return Optional.empty();
        }
    }

    /** NUL-terminated words, the first being the program as it was started. */
    static List<String> procArguments(byte[] cmdline, Charset charset) {
        List<String> words = new ArrayList<>(List.of(new String(cmdline, charset).split("\0", -1)));
        if (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? List.of() : List.copyOf(words.subList(1, words.size()));
    }

    static boolean isJavaLauncher(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe");
    }

    /** A command line and the variables to add to this process's environment for it. */
    record Relaunch(List<String> command, Map<String, String> environment) {
        /**
         * Runs it with this process's standard streams, passing on the stop signals this process gets, and
         * returns its exit code (128 + the signal's number when a signal ended it); empty if it cannot start.
         */
        Optional<Integer> run() {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().remove(JPACKAGE_LAUNCHER);
            builder.environment().putAll(environment);
            builder.environment().put(PARENT_PID, Long.toString(ProcessHandle.current().pid()));
            Process child;
            try {
                child = builder.start();
            } catch (IOException e) {
                System.err.println("Could not restart (" + e.getMessage() + "); going on");
                return Optional.empty();
            }
            // A signal that comes before this line ends this JVM as usual; the child then sees its parent go. The
            // handlers stay after the child has ended (doing nothing): this process only exits from here on.
            StopSignal.handle(s -> {
                if (child.isAlive()) {
                    s.sendTo(child.toHandle());
                }
            });
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroy();
                return Optional.of(StopSignal.INT.exitStatus());
            }
        }
    }
}
