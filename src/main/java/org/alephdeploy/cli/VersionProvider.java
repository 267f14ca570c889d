package org.alephdeploy.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the JAR manifest (set by Maven), or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"aleph-deploy " + version()};
    }
}
