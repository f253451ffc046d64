package org.traceoid.corpora.sweep;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The process the sweep starts to check one answer, so that a huge proof or formula exhausts this
 * JVM's budget rather than the sweep's:
 * {@code AnswerCheckMain model INSTANCE OUTPUT} or
 * {@code AnswerCheckMain drat|lrat INSTANCE PROOF SECONDS}. Prints one {@code c} line with the
 * verdict ({@link AnswerCheck.Verdict#line}) and {@code s VERIFIED} or {@code s NOT VERIFIED};
 * exit 0 verified, 1 rejected, 3 undecided, 2 usage.
 */
public final class AnswerCheckMain {
    private AnswerCheckMain() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: AnswerCheckMain model INSTANCE OUTPUT | drat|lrat INSTANCE PROOF SECONDS");
            System.exit(2);
        }
        Path instance = Path.of(args[1]);
        Path evidence = Path.of(args[2]);
        AnswerCheck.Verdict verdict = switch (args[0]) {
            case "model" -> AnswerCheck.model(instance, evidence);
            case "drat", "lrat" -> AnswerCheck.proof(instance, evidence, args[0].equals("lrat"),
                    Duration.ofMillis((long) (Double.parseDouble(args.length > 3 ? args[3] : "0") * 1000)));
            default -> null;
        };
        if (verdict == null) {
            System.err.println("unknown check '" + args[0] + "'");
            System.exit(2);
        }
        System.out.println("c " + verdict.line());
        System.out.println(verdict.result() == AnswerCheck.Result.VERIFIED ? "s VERIFIED" : "s NOT VERIFIED");
        System.out.flush();
        System.exit(switch (verdict.result()) {
            case VERIFIED -> 0;
            case REJECTED -> 1;
            case UNDECIDED -> 3;
        });
    }
}
