/**
 * Corpora: directories of DIMACS files described by a {@link org.traceoid.corpora.CorpusManifest}
 * ({@code corpus.json}, instances identified by their {@link org.traceoid.corpora.GbdHash}), made by
 * {@link org.traceoid.corpora.CorpusBuilder} from the seeded generators in {@code .generators} or
 * from existing benchmark files, and labelled from certified solver runs by {@code .labels}. The
 * training code in {@code gnn} sees only plain arrays built from these.
 */
package org.traceoid.corpora;
