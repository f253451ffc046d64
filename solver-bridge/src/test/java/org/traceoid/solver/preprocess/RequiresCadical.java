package org.traceoid.solver.preprocess;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.traceoid.cnf.testing.ExternalSolver;

/** jqwik hook: skips a property (saying why) when cadical is not installed, as DifferentialTest's assumption does. */
public final class RequiresCadical implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return ExternalSolver.CADICAL.isAvailable() ? SkipResult.doNotSkip()
                : SkipResult.skip("cadical not installed (apt-get install cadical)");
    }
}
