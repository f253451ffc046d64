package org.traceoid.corpora.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.corpora.CorpusManifest;

/**
 * Labels every instance of a corpus directory that {@value LabelStore#FILE_NAME} does not have
 * yet, saving after each one (so an interrupted run resumes where it stopped). An expected status
 * in the manifest that a certified answer contradicts is an error: the generator is wrong.
 */
public final class CorpusLabeler {
    private CorpusLabeler() {
    }

    /** @param progress called with each file and its labels */
    public static LabelStore label(Path directory, Labeler labeler, BiConsumer<String, InstanceLabels> progress)
            throws IOException {
        CorpusManifest manifest = CorpusManifest.read(directory);
        Map<String, InstanceLabels> labels = new TreeMap<>(LabelStore.readOrEmpty(directory).labels());
        for (CorpusManifest.Entry entry : manifest.instances()) {
            if (labels.containsKey(entry.gbdHash())) {
                continue;
            }
            Cnf cnf = DimacsReader.strict().read(directory.resolve(entry.file()));
            InstanceLabels result = labeler.label(cnf);
            if (!"unknown".equals(result.status()) && !"unknown".equals(entry.expected())
                    && !result.status().equals(entry.expected())) {
                throw new IllegalStateException(entry.file() + ": expected " + entry.expected()
                        + " by construction, but the certified answer is " + result.status());
            }
            labels.put(entry.gbdHash(), result);
            new LabelStore(LabelStore.FORMAT, LabelStore.VERSION, labels).write(directory);
            progress.accept(entry.file(), result);
        }
        LabelStore store = new LabelStore(LabelStore.FORMAT, LabelStore.VERSION, labels);
        store.write(directory);
        return store;
    }
}
