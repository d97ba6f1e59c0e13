package quatrain.engine.spark;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JVM to start: what {@link LocalCluster} plans and a {@link LocalCluster.Launcher} starts (detached for the
 * script, or as a test's own child process).
 *
 * @param name        what it is, for messages ({@code master}, {@code worker-1})
 * @param mainClass   its main class
 * @param classPath   class path entries ({@code dir/*} wildcards allowed)
 * @param jvmOptions  options before the main class
 * @param arguments   arguments after it
 * @param environment variables to set, on top of the launching process's
 * @param unset       variables of the launching process not to pass on
 * @param directory   its working folder
 * @param log         where its standard output and error go, together
 */
public record JvmLaunch(String name, String mainClass, List<String> classPath, List<String> jvmOptions,
        List<String> arguments, Map<String, String> environment, Set<String> unset, Path directory, Path log) {

    public JvmLaunch {
        classPath = List.copyOf(classPath);
        jvmOptions = List.copyOf(jvmOptions);
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
        unset = Set.copyOf(unset);
    }

    /** {@code java [options] -cp <class path> <main> [arguments]}, with the JVM this process runs on. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }
}
