package org.traceoid.corpora.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.corpora.CorpusManifest;

/** A corpus's instances with their labels, read from {@code corpus.json} and {@code labels.json}. */
public final class LabelledCorpus {
    private LabelledCorpus() {
    }

    /** One instance; {@code labels} is null when {@code labels.json} has none for its GBD hash. */
    public record Instance(Path directory, CorpusManifest.Entry entry, Cnf cnf, InstanceLabels labels) {
        public String name() {
            return directory.getFileName() + "/" + entry.file();
        }
    }

    public static List<Instance> load(Path directory) throws IOException {
        CorpusManifest manifest = CorpusManifest.read(directory);
        LabelStore labels = LabelStore.read(directory);
        List<Instance> instances = new ArrayList<>();
        for (CorpusManifest.Entry entry : manifest.instances()) {
            Cnf cnf = DimacsReader.strict().read(directory.resolve(entry.file()));
            instances.add(new Instance(directory, entry, cnf, labels.labels().get(entry.gbdHash())));
        }
        return instances;
    }
}
