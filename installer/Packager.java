import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds Quatrain Studio's double-click installers with jlink and jpackage. Maven's {@code installer} profile runs
 * it after {@code package} has built target/quatrain-studio.jar and copied the dependencies to target/lib
 * (pom.xml; how to run it and what comes out: installer/README.md). A single-file program, so that the same steps
 * run on Linux, Windows and macOS without a shell.
 *
 * <ol>
 * <li>stage: the app's jars, each native library exactly once and only this platform's. JavaFX's jars lose their
 * natives (they go into the runtime, next to the JDK's own; else JavaFX unpacks ~120 MB into ~/.openjfx/cache at
 * first start). On Linux, JavaCPP's platform jars (javacpp, openblas, nd4j-native or nd4j-cuda) lose theirs too:
 * they are unpacked here into app/native and loaded in place (the java options below), else JavaCPP copies them
 * into a cache folder at first start (~400 MB). Jars with natives for many systems (jna, sqlite-jdbc, lz4) keep
 * this platform's only.</li>
 * <li>runtime: jlink, with the JDK modules the jars need (found with jdeps, README) and JavaFX's.</li>
 * <li>package: jpackage. Linux: an app-image, then a .deb from it. Windows: an .msi. macOS: a .dmg.</li>
 * </ol>
 *
 * Arguments are {@code key=value} pairs (see {@link #main}).
 */
public final class Packager {
    /**
     * The JDK modules: `jdeps --print-module-deps` over every jar on the class path (README, "The runtime"), plus
     * two providers jdeps cannot see: jdk.naming.dns (Netty, under the training UI, asks JNDI for the system's DNS
     * servers; without it, it warns and falls back to Google's public ones) and jdk.crypto.ec (without it a TLS
     * connection to a server with an EC certificate fails in the handshake). jlink adds what these require
     * (java.logging, java.xml, java.management, java.desktop, ...).
     */
    static final List<String> JDK_MODULES = List.of("java.base", "java.compiler", "java.naming", "java.net.http",
            "java.rmi", "java.sql", "jdk.management", "jdk.unsupported", "jdk.naming.dns", "jdk.crypto.ec",
            // The recurrent layers' SIMD activations (quatrain.engine.nn.Kernels); the launcher adds it.
            "jdk.incubator.vector");
    /** javafx.web brings javafx.media and jdk.jsobject; javafx.swing brings java.desktop. */
    static final List<String> FX_MODULES = List.of("javafx.controls", "javafx.swing", "javafx.web");
    /**
     * Jars (by name prefix) with native libraries for many systems, and the folder each keeps, by JavaCPP platform.
     * A platform missing from a jar's map keeps none (these old versions have no library for it; lz4 then runs in
     * pure Java, sqlite-jdbc is not used). A jar with natives that is not listed here stops the build.
     */
    static final Map<String, Map<String, String>> MULTI_PLATFORM_JARS = Map.of(
            "jna-", Map.of("linux-x86_64", "com/sun/jna/linux-x86-64/", "windows-x86_64", "com/sun/jna/win32-x86-64/",
                    "macosx-x86_64", "com/sun/jna/darwin/"),
            "sqlite-jdbc-", Map.of("linux-x86_64", "org/sqlite/native/Linux/x86_64/",
                    "windows-x86_64", "org/sqlite/native/Windows/x86_64/", "macosx-x86_64", "org/sqlite/native/Mac/x86_64/"),
            "lz4-", Map.of("linux-x86_64", "linux/amd64/", "windows-x86_64", "win32/amd64/",
                    "macosx-x86_64", "darwin/x86_64/"));
    static final Pattern NATIVE = Pattern.compile(".*\\.(so(\\.[0-9]+)*|dll|dylib|jnilib|a)$");

    private final Map<String, String> conf;
    private final Path target;
    private final Path work;
    private final Path input;
    private final Path runtime;
    private final String platform;

    Packager(Map<String, String> conf) {
        this.conf = conf;
        this.target = Path.of(get("target"));
        this.work = target.resolve("installer");
        this.input = work.resolve("stage/input");
        this.runtime = work.resolve("runtime");
        this.platform = get("platform");
    }

    /**
     * Keys: target (Maven's build folder), basedir, version, description, mainClass, platform (JavaCPP's, e.g.
     * linux-x86_64), type (deb, app-image, msi or dmg), name (of the app and its launcher), linuxPackage, icon and
     * modelIcon (file names in assets/icons).
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> conf = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + a);
            }
            conf.put(a.substring(0, eq), a.substring(eq + 1));
        }
        Packager p = new Packager(conf);
        deleteTree(p.work);
        p.stage();
        p.runtime();
        switch (p.get("type")) {
            case "app-image" -> p.appImage();
            case "deb" -> p.deb(p.appImage());
            case "msi" -> p.jpackage("msi", windowsOptions(p));
            case "dmg" -> p.jpackage("dmg", macOptions(p));
            default -> throw new IllegalArgumentException("unknown type " + p.get("type"));
        }
        p.report();
    }

    private String get(String key) {
        String v = conf.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return v;
    }

    private boolean linux() {
        return platform.startsWith("linux-");
    }

    // ---- 1. stage --------------------------------------------------------------------------------------------

    void stage() throws IOException {
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("quatrain-studio.jar"), input.resolve("quatrain-studio.jar"));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    // Only the platform jars (javafx-web-21.0.8-linux.jar) are modules; the others are empty.
                    if (name.matches("javafx-[a-z]+-[0-9.]+-.+\\.jar")) {
                        split(jar, work.resolve("stage/javafx").resolve(name), work.resolve("stage/javafx-natives"),
                                entry -> NATIVE.matcher(entry).matches());
                    }
                } else if (name.endsWith("-" + platform + ".jar")) {
                    // JavaCPP's platform jars. Elsewhere than Linux (not tested there) they stay as they are, and
                    // JavaCPP unpacks them once into the app's cache folder (quatrain.launch.CacheFolders).
                    if (linux()) {
                        split(jar, input.resolve("lib").resolve(name), input.resolve("native"),
                                entry -> entry.contains("/" + platform + "/"));
                    } else {
                        Files.copy(jar, input.resolve("lib").resolve(name));
                    }
                } else {
                    keepOwnNatives(jar, input.resolve("lib").resolve(name));
                }
            }
        }
        Files.createDirectories(work.resolve("stage"));
        String association = Files.readString(Path.of(get("basedir"), "installer/file-association.properties"))
                .replace("@ICON@", icons().resolve(get("modelIcon")).toString().replace('\\', '/'));
        Files.writeString(work.resolve("stage/file-association.properties"), association);
    }

    /** Copies {@code jar} without the entries {@code moved} accepts; of those, native libraries go to {@code natives}. */
    private static void split(Path jar, Path to, Path natives, Predicate<String> moved)
            throws IOException {
        Files.createDirectories(natives);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String file = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (!e.isDirectory() && moved.test(e.getName()) && NATIVE.matcher(file).matches()) {
                    Path out = natives.resolve(file);
                    if (Files.exists(out)) {
                        throw new IllegalStateException(file + " comes from two jars (" + jar + ")");
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, out);
                    }
                }
            }
            rewrite(zip, to, entry -> !moved.test(entry));
        }
    }

    /** Copies a jar as it is, or, when it carries native libraries, with only this platform's. */
    private void keepOwnNatives(Path jar, Path to) throws IOException {
        String name = jar.getFileName().toString();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> natives = zip.stream().map(ZipEntry::getName).filter(n -> NATIVE.matcher(n).matches()).toList();
            if (natives.isEmpty()) {
                Files.copy(jar, to);
                return;
            }
            Map<String, String> folders = MULTI_PLATFORM_JARS.entrySet().stream()
                    .filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                    // A new dependency with natives: decide which folder is whose, rather than ship or drop them all.
                    .orElseThrow(() -> new IllegalStateException(name + " carries native libraries " + natives
                            + "; add it to MULTI_PLATFORM_JARS with the folder each platform keeps"));
            String kept = folders.get(platform);
            rewrite(zip, to, n -> !NATIVE.matcher(n).matches() || kept != null && n.startsWith(kept));
        }
    }

    private static void rewrite(ZipFile zip, Path to, Predicate<String> keep) throws IOException {
        Files.createDirectories(to.getParent());
        try (OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e : zip.stream().toList()) {
                if (!keep.test(e.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    // ---- 2. runtime ------------------------------------------------------------------------------------------

    void runtime() throws IOException {
        List<String> modules = new ArrayList<>(JDK_MODULES);
        modules.addAll(FX_MODULES);
        tool("jlink", "--module-path", work.resolve("stage/javafx").toString(), "--add-modules",
                String.join(",", modules), "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString()); // bin/java dumps the class-data archive below, then goes
        classDataArchive();
        // Where the JDK keeps its own native libraries: JavaFX finds its own there with System.loadLibrary.
        Path libs = runtime.resolve(platform.startsWith("windows-") ? "bin" : "lib");
        try (Stream<Path> natives = Files.list(work.resolve("stage/javafx-natives"))) {
            for (Path n : natives.toList()) {
                if (!Files.exists(libs.resolve(n.getFileName()))) { // Windows: the JDK's own C runtime wins
                    Files.copy(n, libs.resolve(n.getFileName()));
                }
            }
        }
    }

    /**
     * The runtime's default class-data archive (lib/server/classes.jsa, which every start maps without being told):
     * the JDK's and JavaFX's classes the app loads up to its first frame, from the class list ClassDataArchive.java
     * wrote at {@code mvn package} (target/quatrain-studio.classlist), else the JDK's own list. Only module classes:
     * the app's jars are named by their path in a class-data archive, and the installed path is not known here.
     * jlink leaves the native commands in for this (bin/java), and they go afterwards.
     */
    private void classDataArchive() throws IOException {
        Path java = runtime.resolve("bin").resolve(platform.startsWith("windows-") ? "java.exe" : "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                "--add-modules=jdk.incubator.vector", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path appList = target.resolve("quatrain-studio.classlist");
        if (Files.isRegularFile(appList)) {
            Path list = work.resolve("stage/runtime.classlist");
            Files.write(list, Files.readAllLines(appList).stream().filter(Packager::inRuntime).toList());
            command.add("-XX:SharedClassListFile=" + list);
        } else {
            System.out.println("[installer] no " + appList + " (no display at mvn package): the runtime's archive"
                    + " holds the JDK's default classes only");
        }
        Process dump = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("stage/cds-dump.log").toFile()).start();
        try {
            if (dump.waitFor() != 0) {
                throw new IllegalStateException("class-data dump failed: see " + work.resolve("stage/cds-dump.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        // jlink's --strip-native-commands, done by hand: the launcher is jpackage's, the runtime needs no commands.
        Path bin = runtime.resolve("bin");
        if (!platform.startsWith("windows-")) { // on Windows bin holds the JDK's own DLLs
            deleteTree(bin);
        }
    }

    /**
     * A class-list line the runtime can load: the JDK's and JavaFX's classes, their lambdas and the lambda forms; the
     * app's own classes (on the class path at mvn package) are left out.
     */
    static boolean inRuntime(String line) {
        if (line.startsWith("#") || line.startsWith("@lambda-form-invoker")) {
            return true;
        }
        String name = line.startsWith("@lambda-proxy ") ? line.substring("@lambda-proxy ".length()) : line;
        return Stream.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "javafx/", "netscape/", "org/w3c/", "org/xml/",
                "org/ietf/").anyMatch(name::startsWith);
    }

    // ---- 3. package ------------------------------------------------------------------------------------------

    /** What every package says about the app: name, version, files, runtime, icon. */
    private List<String> appOptions() {
        return new ArrayList<>(List.of("--name", get("name"), "--app-version", get("version"), "--vendor",
                "Quatrain Studio", "--description", get("description"), "--icon",
                icons().resolve(get("icon")).toString(), "--input", input.toString(), "--main-jar",
                "quatrain-studio.jar", "--main-class", get("mainClass"), "--runtime-image", runtime.toString(),
                "--java-options", "--add-modules=jdk.incubator.vector"));
    }

    private void jpackage(String type, List<String> options) {
        List<String> args = new ArrayList<>(List.of("--type", type));
        args.addAll(appOptions());
        args.addAll(options);
        args.addAll(List.of("--dest", work.resolve("package").toString()));
        tool("jpackage", args.toArray(String[]::new));
    }

    /** Linux: the app folder, with JavaCPP pointed at app/native ($APPDIR is expanded by the launcher). */
    Path appImage() throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image"));
        args.addAll(appOptions());
        args.addAll(List.of("--java-options", "-Djava.library.path=$APPDIR/native",
                // Load from java.library.path before looking for natives inside the jars (there are none).
                "--java-options", "-Dorg.bytedeco.javacpp.pathsFirst=true",
                // OpenBLAS's JNI library needs it as libopenblas_nolapack.so.0. By default JavaCPP looks for
                // libopenblas.so.0 and copies it under that name into its cache; told this name, it finds the link
                // below and loads it in place.
                "--java-options", "-Dorg.bytedeco.openblas_nolapack.load=openblas_nolapack@.0",
                "--dest", work.resolve("image").toString()));
        tool("jpackage", args.toArray(String[]::new));
        Path image = work.resolve("image").resolve(get("name"));
        if (!conf.get("type").equals("deb")) {
            linkOpenBlas(image);
        }
        return image;
    }

    /**
     * libopenblas_nolapack.so.0 as a link to libopenblas.so.0. jpackage copies a link as a second file (31 MB
     * more), so the image gets it only after jpackage has read it, and the .deb's postinst makes it on install.
     */
    private static void linkOpenBlas(Path image) throws IOException {
        Path dir = image.resolve("lib/app/native");
        if (Files.exists(dir.resolve("libopenblas.so.0"))) {
            Files.deleteIfExists(dir.resolve("libopenblas_nolapack.so.0"));
            Files.createSymbolicLink(dir.resolve("libopenblas_nolapack.so.0"), Path.of("libopenblas.so.0"));
        }
    }

    /** Linux: a .deb from the app-image, with a menu entry and the .quatrain file association. */
    void deb(Path image) throws IOException {
        Path resources = work.resolve("stage/resources");
        Files.createDirectories(resources);
        String pkg = get("linuxPackage");
        try (Stream<Path> templates = Files.list(Path.of(get("basedir"), "installer/linux"))) {
            for (Path t : templates.toList()) {
                String name = t.getFileName().toString();
                // jpackage replaces its own template when the resource folder has a file of the same name.
                String as = name.equals("launcher.desktop") ? get("name") + ".desktop" : name;
                Files.writeString(resources.resolve(as), Files.readString(t).replace("@INSTALL_DIR@", "/opt/" + pkg));
            }
        }
        tool("jpackage", "--type", "deb", "--app-image", image.toString(), "--name", get("name"), "--app-version",
                get("version"), "--vendor", "Quatrain Studio", "--description", get("description"), "--icon",
                icons().resolve(get("icon")).toString(), "--resource-dir", resources.toString(),
                "--file-associations", work.resolve("stage/file-association.properties").toString(),
                "--linux-package-name", pkg, "--linux-shortcut", "--linux-menu-group", "Education;Science;",
                "--dest", work.resolve("package").toString());
        linkOpenBlas(image);
    }

    private static List<String> windowsOptions(Packager p) {
        return List.of("--file-associations", p.work.resolve("stage/file-association.properties").toString(),
                "--win-menu", "--win-menu-group", "Quatrain Studio", "--win-shortcut", "--win-dir-chooser",
                // Fixed, so that a newer .msi replaces an installed older one instead of installing beside it.
                "--win-upgrade-uuid", "7d4f6f0e-3b8a-4f5e-9a55-51a0c2d6b1e3");
    }

    private static List<String> macOptions(Packager p) {
        return List.of("--file-associations", p.work.resolve("stage/file-association.properties").toString(),
                "--mac-package-identifier", "io.quatrain.studio", "--mac-package-name", "Quatrain Studio");
    }

    private Path icons() {
        return Path.of(get("basedir"), "assets/icons");
    }

    private static void tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is missing: run Maven with a JDK 17+"));
        System.out.println("[packager] " + name + " " + String.join(" ", args));
        int code = tool.run(System.out, System.err, args);
        if (code != 0) {
            throw new IllegalStateException(name + " failed with exit code " + code);
        }
    }

    // ---- report ----------------------------------------------------------------------------------------------

    private void report() throws IOException {
        System.out.printf(Locale.ROOT, "[packager] runtime %s, app files %s%n", mb(size(runtime)), mb(size(input)));
        for (String dir : List.of("image", "package")) {
            Path d = work.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    for (Path p : s.toList()) {
                        System.out.printf(Locale.ROOT, "[packager] %s %s%n", p, mb(size(p)));
                    }
                }
            }
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Bytes in a file or folder; links count as links (as a package or a disk holds them). */
    static long size(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
