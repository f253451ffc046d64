package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.DimacsText;
import org.traceoid.cnf.testing.TestData;
import org.traceoid.cnf.testing.TestData.Instance;

/** Every instance of the public corpus reads strictly, with the manifest's counts, and survives a round trip. */
class PublicCorpusParseTest {

    static List<Instance> instances() {
        return TestData.publicInstances();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void readsStrictlyWithTheManifestsCounts(Instance instance) throws IOException {
        List<String> warnings = new ArrayList<>();
        Cnf cnf = DimacsReader.strict().withWarnings(warnings::add).read(instance.file());
        assertEquals(instance.variables(), cnf.variableCount(), "variables");
        assertEquals(instance.clauses(), cnf.clauseCount(), "clauses");
        assertTrue(cnf.maxVariable() <= instance.variables());
        assertEquals(List.of(), warnings);
        assertEquals(cnf, DimacsText.read(DimacsReader.strict(), instance.file().toString(), DimacsText.write(cnf)));
    }

    @Test
    void theManifestCoversTheCorpus() {
        List<Instance> instances = instances();
        assertTrue(instances.size() >= 150, instances.size() + " instances");
        Set<String> families = instances.stream().map(Instance::family).collect(Collectors.toSet());
        assertTrue(families.containsAll(Set.of("uf20", "uf50", "uuf50", "aim", "hole", "dubois", "pret")), families.toString());
    }
}
