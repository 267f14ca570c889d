package org.alephdeploy.sandbox;

/** What the node holds on start besides the base seed (runtime, pricing, funded accounts). */
public enum Seed {
    /** Only the base seed. */
    NONE,
    /** The base seed plus the demo programs and volumes of {@link DemoSeed}. */
    DEMO
}
