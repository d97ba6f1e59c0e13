package quatrain.engine.bundle;

import java.nio.file.Path;
import java.util.Locale;

import quatrain.core.bundle.BundleException;

/**
 * The one-line messages of a model file that is not opened, each naming the file. "Not opened" is for what a
 * file written by Quatrain Studio never holds (a foreign entry or class, an impossible size), "damaged" for
 * what a truncated or corrupt file shows.
 */
record Problems(String fileName) {

    static Problems of(Path file) {
        return new Problems(String.valueOf(file.getFileName()));
    }

    BundleException notOpened(String why) {
        return new BundleException(quoted() + " was not opened: " + oneLine(why));
    }

    BundleException damaged(String what) {
        return new BundleException(quoted() + " is damaged: " + oneLine(what));
    }

    BundleException damaged(String what, Throwable cause) {
        return new BundleException(quoted() + " is damaged: " + oneLine(what), cause);
    }

    /** An entry that inflates past what the format allows, whatever its zip headers declare. */
    BundleException tooLarge(String entry, long cap) {
        return notOpened(entry + " holds more than the " + bytes(cap) + " its format allows");
    }

    BundleException outOfMemory(OutOfMemoryError e) {
        return new BundleException(quoted() + " does not fit in this program's memory (the Java heap may use "
                + bytes(Runtime.getRuntime().maxMemory()) + "): " + oneLine(e.getMessage()), e);
    }

    private String quoted() {
        return "\"" + fileName + "\"";
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** 1,234 bytes, 12.3 MB, 4.0 GB: sizes as a person reads them. */
    static String bytes(long n) {
        if (n < 10_000) {
            return String.format(Locale.ROOT, "%,d bytes", n);
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
