package org.traceoid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version strings, filtered into {@code version.properties} by the build. */
public final class Version implements IVersionProvider {
    private static final Properties PROPERTIES = load();

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The Traceoid version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String traceoid() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The Sat4j version the build bundles. */
    public static String sat4j() {
        return PROPERTIES.getProperty("sat4j", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"traceoid " + traceoid() + " (Sat4j " + sat4j() + ", Java " + Runtime.version() + ")"};
    }
}
