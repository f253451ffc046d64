package org.traceoid.cnf.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proof events: steps own their clause, replay into listeners, and a fan-out feeds several in order. */
class ProofListenersTest {

    /** Records events as steps, copying the arrays as the listener contract requires. */
    static final class Recorder implements ProofListener {
        final List<Object> events = new ArrayList<>();

        @Override
        public void lemmaAdded(int[] dimacsLiterals) {
            events.add(ProofStep.add(dimacsLiterals));
        }

        @Override
        public void clauseDeleted(int[] dimacsLiterals) {
            events.add(ProofStep.delete(dimacsLiterals));
        }

        @Override
        public void proofFinished() {
            events.add("finished");
        }
    }

    @Test
    void fanOutForwardsEveryEventInOrderToEveryListener() {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        List<String> order = new ArrayList<>();
        ProofListener tracer = new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                order.add("third");
            }
        };
        ProofListener both = ProofListeners.fanOut(new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                order.add("first");
            }
        }, first, second, tracer);
        both.lemmaAdded(new int[] {1, -2});
        both.clauseDeleted(new int[] {3});
        both.lemmaAdded(new int[0]);
        both.proofFinished();
        List<Object> expected = List.of(ProofStep.add(1, -2), ProofStep.delete(3), ProofStep.add(), "finished");
        assertEquals(expected, first.events);
        assertEquals(expected, second.events);
        assertEquals(List.of("first", "third", "first", "third"), order);
    }

    @Test
    void fanOutOfNothingAndDefaultListenerIgnoreEvents() {
        ProofListener none = ProofListeners.fanOut();
        none.lemmaAdded(new int[] {1});
        none.proofFinished();
        ProofListener defaults = new ProofListener() { };
        defaults.lemmaAdded(new int[] {1});
        defaults.clauseDeleted(new int[] {1});
        defaults.proofFinished();
    }

    @Test
    void stepsOwnTheirClause() {
        int[] clause = {1, 2};
        ProofStep step = ProofStep.add(clause);
        clause[0] = 9;
        assertArrayEquals(new int[] {1, 2}, step.dimacsLiterals());
        step.dimacsLiterals()[1] = 9;
        assertArrayEquals(new int[] {1, 2}, step.dimacsLiterals());
    }

    @Test
    void stepsReplayAsTheirKind() {
        Recorder recorder = new Recorder();
        ProofStep.add(4, -5).replayTo(recorder);
        ProofStep.delete(6).replayTo(recorder);
        assertEquals(List.of(ProofStep.add(4, -5), ProofStep.delete(6)), recorder.events);
    }

    @Test
    void stepsCompareByKindAndLiterals() {
        assertEquals(ProofStep.add(1, 2), new ProofStep(ProofStep.Kind.ADD, new int[] {1, 2}));
        assertEquals(ProofStep.add(1, 2).hashCode(), ProofStep.add(1, 2).hashCode());
        assertNotEquals(ProofStep.add(1, 2), ProofStep.delete(1, 2));
        assertNotEquals(ProofStep.add(1, 2), ProofStep.add(2, 1));
        assertEquals("[1, -2]", ProofStep.add(1, -2).toString());
        assertEquals("d [3]", ProofStep.delete(3).toString());
    }
}
