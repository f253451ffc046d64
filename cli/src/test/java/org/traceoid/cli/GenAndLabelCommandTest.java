package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cli.RankAndGraphCommandTest.Run;
import org.traceoid.corpora.CorpusManifest;
import org.traceoid.corpora.labels.LabelStore;

/** {@code gen} and {@code label} as black boxes. */
class GenAndLabelCommandTest {

    @Test
    void genWritesFilesAndManifestThenLabelLabelsThem(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("php");
        Run gen = RankAndGraphCommandTest.run(new GenCommand(), "php", "--count", "2", "--seed", "3", "--holes", "3", "--out", corpus.toString(), "--xz");
        assertEquals(0, gen.code(), gen.err());
        assertTrue(Files.isRegularFile(corpus.resolve("php-pigeons4-holes3-s3.cnf.xz")));
        CorpusManifest manifest = CorpusManifest.read(corpus);
        assertEquals(2, manifest.instances().size());
        assertEquals("unsat", manifest.instances().get(0).expected());
        assertEquals(3L, manifest.instances().get(0).seed());

        Run label = RankAndGraphCommandTest.run(new LabelCommand(), corpus.toString());
        assertEquals(0, label.code(), label.err());
        assertTrue(label.out().contains("unsat, 12 core variables"), label.out());
        assertEquals(1, LabelStore.read(corpus).labels().size(), "two seeds, one formula: one GBD hash");
    }

    @Test
    void genLabelTrainEndToEndThenRankWithTheModel(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("sr");
        assertEquals(0, RankAndGraphCommandTest.run(new GenCommand(), "sr", "-n", "8", "--count", "5", "--seed", "1",
                "--out", corpus.toString()).code());
        assertEquals(0, RankAndGraphCommandTest.run(new LabelCommand(), "-q", corpus.toString()).code());
        Path model = dir.resolve("model");
        Run train = RankAndGraphCommandTest.run(new TrainCommand(), "--corpus", corpus.toString(), "--holdout", corpus.toString(),
                "--epochs", "2", "--hidden", "8", "--layers", "2", "--batch", "2", "--out", model.toString(), "--no-progress");
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("c epoch 2: train loss "), train.out());
        assertTrue(train.out().contains("c validation (best epoch "), train.out());
        assertTrue(train.out().contains("c held-out sr: "), train.out());
        assertTrue(train.out().contains("c held-out sr baseline (occurrence count, majority polarity): core AUC "), train.out());
        assertTrue(Files.isRegularFile(model.resolve("metrics.json")));
        assertTrue(Files.readString(model.resolve("metrics.json")).contains("\"phaseAccuracy\""));
        assertTrue(Files.readString(model.resolve("metrics.json")).contains("\"heldOutBaselines\""));
        Path cnf = corpus.resolve(CorpusManifest.read(corpus).instances().get(0).file());
        Run rank = RankAndGraphCommandTest.run(new RankCommand(), cnf.toString(), "--model", model.toString());
        assertEquals(0, rank.code(), rank.err());
        assertTrue(rank.out().contains("c model: " + model), rank.out());

        Path pretrained = dir.resolve("pretrained");
        Run pretrain = RankAndGraphCommandTest.run(new TrainCommand(), "--corpus", corpus.toString(), "--pretrain", corpus.toString(),
                "--sat-head", "--pretrain-epochs", "2", "--epochs", "1", "--hidden", "8", "--layers", "2", "--batch", "2",
                "--out", pretrained.toString(), "--no-progress");
        assertEquals(0, pretrain.code(), pretrain.err());
        assertTrue(pretrain.out().contains("c pretraining epoch 2: SAT/UNSAT loss "), pretrain.out());
        assertTrue(Files.readString(pretrained.resolve("metrics.json")).contains("\"pretrainLoss\" : [ "));
        Run noHead = RankAndGraphCommandTest.run(new TrainCommand(), "--corpus", corpus.toString(), "--pretrain-epochs", "2",
                "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, noHead.code());
        assertTrue(noHead.err().contains("--pretrain-epochs needs --sat-head"), noHead.err());
    }

    /**
     * Issue 6: the same seed gives the same model. Two trainings in their own JVMs (so different
     * heaps, addresses and GC timing, with a small heap that collects often) must write the same
     * bytes; a third with another seed must not.
     */
    @Test
    void sameSeedSameModelBytesAcrossProcesses(@TempDir Path dir) throws IOException, InterruptedException {
        Path corpus = dir.resolve("sr");
        assertEquals(0, RankAndGraphCommandTest.run(new GenCommand(), "sr", "-n", "10", "--count", "6", "--seed", "4",
                "--out", corpus.toString()).code());
        assertEquals(0, RankAndGraphCommandTest.run(new LabelCommand(), "-q", corpus.toString()).code());
        byte[] first = trainInOwnJvm(corpus, dir.resolve("a"), "7");
        byte[] second = trainInOwnJvm(corpus, dir.resolve("b"), "7");
        byte[] otherSeed = trainInOwnJvm(corpus, dir.resolve("c"), "8");
        assertArrayEquals(first, second, "same seed, same model.params");
        assertFalse(Arrays.equals(first, otherSeed), "another seed, another model");
    }

    private static byte[] trainInOwnJvm(Path corpus, Path model, String seed) throws IOException, InterruptedException {
        List<String> command = List.of(SweepCommand.solverCommand().java(), "-Xmx96m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "train", "--corpus", corpus.toString(),
                "--epochs", "6", "--hidden", "8", "--layers", "2", "--batch", "2", "--seed", seed, "--no-progress",
                "--out", model.toString());
        Path log = model.resolveSibling(model.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "training finished");
        assertEquals(0, process.exitValue(), Files.readString(log));
        return Files.readAllBytes(model.resolve("model.params"));
    }

    @Test
    void genOnADirectoryIndexesItsFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.cnf"), "c plain\np cnf 2 2\n1 -2 0\n2 0\n");
        Run r = RankAndGraphCommandTest.run(new GenCommand(), dir.toString());
        assertEquals(0, r.code(), r.err());
        CorpusManifest.Entry entry = CorpusManifest.read(dir).instances().get(0);
        assertEquals("177c0b03f0c47b5f973797b2f46c901d", entry.gbdHash());
        assertEquals("external", entry.family());
        assertEquals("unknown", entry.expected());
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        Run unknown = RankAndGraphCommandTest.run(new GenCommand(), "nosuch", "--out", dir.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown family or no such directory: 'nosuch'"), unknown.err());
        Run noOut = RankAndGraphCommandTest.run(new GenCommand(), "ksat");
        assertEquals(1, noOut.code());
        assertTrue(noOut.err().contains("--out DIR is required"), noOut.err());
        Run badSide = RankAndGraphCommandTest.run(new GenCommand(), "sr", "--side", "maybe", "--out", dir.toString());
        assertEquals(1, badSide.code());
        Run noManifest = RankAndGraphCommandTest.run(new LabelCommand(), dir.toString());
        assertEquals(2, noManifest.code());
        assertTrue(noManifest.err().contains("no corpus manifest"), noManifest.err());
    }
}
