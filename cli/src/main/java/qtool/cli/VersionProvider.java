package qtool.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/**
 * Supplies {@code qtool --version}: qtool's version and git commit from
 * {@code /qtool/cli/version.properties} (filtered by Maven at build time) and the running JVM.
 * Unfiltered placeholders (a build from an IDE, or outside a git checkout) print as "unknown".
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/qtool/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        String commit = value(p, "commit");
        if ("true".equals(value(p, "dirty"))) {
            commit += "-dirty";
        }
        return new String[] {
            "qtool " + value(p, "version") + " (commit " + commit + ")",
            "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        };
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
