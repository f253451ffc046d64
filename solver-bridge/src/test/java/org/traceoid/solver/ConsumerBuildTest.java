package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.testing.TestData;

/**
 * "A consumer project outside the repository builds against the installed artifacts, following
 * only the README": runs {@code scripts/consumer-check.sh} (a real {@code mvn install} of a copy
 * of the repository into a private local repository, then a consumer project made of the
 * README's POM and PySAT-style session, built and run). Minutes, so tagged {@code consumer}:
 * {@code mvn -B verify -Pconsumer -pl solver-bridge -am} runs it, as {@code .ci/run} does.
 */
@Tag("consumer")
class ConsumerBuildTest {
    @Test
    void consumerProjectBuildsAndRunsFromTheReadme() throws Exception {
        Path repository = TestData.root().getParent();
        Process process = new ProcessBuilder("bash", repository.resolve("scripts/consumer-check.sh").toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.MINUTES), "consumer-check did not finish in 30 minutes");
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("consumer-check: passed"), output);
    }
}
