package org.alephdeploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds on purpose: large uploads, responsiveness under load, benchmarks at
 * tiny sizes, crashes and kills, long fault runs. {@code mvn -B verify} runs it;
 * {@code mvn -B verify -Pfast} (or {@code -DexcludedGroups=slow}) skips it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
    String TAG = "slow";
}
