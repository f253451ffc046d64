package org.traceoid.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.cnf.testing.RandomCnf;

/** The shipped default model loads from the class path, is trained, and ranks. */
class DefaultModelTest {
    @Test
    void defaultModelLoadsAndRanks() throws IOException {
        assertTrue(ModelStore.hasDefault());
        try (VariableRanker model = ModelStore.loadDefault()) {
            assertTrue(model.isTrained());
            Cnf cnf = RandomCnf.uniform(3, 30, 128, 1);
            VariableRanking ranking = model.rank(cnf);
            assertEquals(30, ranking.variableCount());
            assertEquals(5, ranking.topVariables(5).length);
            VariableRanking again = model.rank(cnf);
            for (int v = 1; v <= 30; v++) {
                assertEquals(ranking.score(v), again.score(v), 0.0);
            }
        }
    }
}
