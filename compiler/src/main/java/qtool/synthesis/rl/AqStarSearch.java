package qtool.synthesis.rl;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * AQ* search (Agostinelli et al., arXiv:2102.04518, as used by Chen et al.): a best-first search
 * on {@code f = λ·g + Q(parent, a)} where one forward pass of the Q-network on an expanded node
 * scores all its children at once, so children are never evaluated themselves until expanded. Each
 * round takes the {@code expandPerRound} best frontier nodes, scores them in one batch, and pushes
 * their children; the frontier is cut back to the best {@code maxFrontier}. Every child gets the
 * exact check: its Frobenius distance (up to phase) from the identity, and, for one qubit with a
 * finishing table, whether some table word completes it within ε. Duplicate states (rounded to
 * 1e-9) are pushed once. The search returns the shortest solution found, continuing
 * {@code patience} rounds after the first; without one, the closest word seen.
 */
public final class AqStarSearch {
    private final SynthesisEnvironment env;
    private final Mlp network;
    private final SearchSettings settings;
    private final WordTable finisher;

    /** What the search found: the word in time order, whether it is within ε, its distance, the effort. */
    public record Outcome(int[] word, boolean success, double distance, int expanded, int rounds) {
    }

    public AqStarSearch(SynthesisEnvironment env, Mlp network, SearchSettings settings, WordTable finisher) {
        this.env = env;
        this.network = network;
        this.settings = settings;
        this.finisher = finisher;
        if (finisher != null && env.stateSize() != 4) {
            throw new IllegalArgumentException("the finishing table is single-qubit only");
        }
    }

    private static final class Nodes {
        double[] states;
        int[] parent;
        byte[] action;
        short[] depth;
        int size;
        final int stride;

        Nodes(int stride) {
            this.stride = stride;
            states = new double[stride * 1024];
            parent = new int[1024];
            action = new byte[1024];
            depth = new short[1024];
        }

        int add(int p, int a, int d) {
            if (size == parent.length) {
                int n = size * 2;
                states = Arrays.copyOf(states, stride * n);
                parent = Arrays.copyOf(parent, n);
                action = Arrays.copyOf(action, n);
                depth = Arrays.copyOf(depth, n);
            }
            parent[size] = p;
            action[size] = (byte) a;
            depth[size] = (short) d;
            return size++;
        }

        int[] path(int node) {
            int[] w = new int[depth[node]];
            for (int i = node, k = w.length - 1; k >= 0; i = parent[i], k--) {
                w[k] = action[i];
            }
            return w;
        }
    }

    private record Entry(double f, int node) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(f, o.f);
            return c != 0 ? c : Integer.compare(node, o.node);
        }
    }

    /** Searches for a word reaching the identity from {@code start} (for target U, {@code start = U†}). */
    public Outcome search(double[] start, double epsilon) {
        int s = env.stateSize();
        int f = env.featureSize();
        int actions = env.basis().size();
        Nodes nodes = new Nodes(s);
        int root = nodes.add(-1, -1, 0);
        System.arraycopy(start, 0, nodes.states, 0, s);
        int[] bestWord = null;
        int bestLen = Integer.MAX_VALUE;
        double bestDist = env.distanceToIdentity(start, 0);
        int[] closest = new int[0];
        if (bestDist <= epsilon) {
            return new Outcome(new int[0], true, bestDist, 0, 0);
        }
        if (finisher != null) {
            int[] w = finish(nodes, root, epsilon, Integer.MAX_VALUE);
            if (w != null) {
                bestWord = w;
                bestLen = w.length;
            }
        }
        LongIntMap seen = new LongIntMap(1 << 16);
        seen.put(env.key(start, 0, 1e-9), root, -1);
        PriorityQueue<Entry> frontier = new PriorityQueue<>();
        frontier.add(new Entry(0, root));
        int expanded = 0;
        int rounds = 0;
        int roundsSinceSuccess = 0;
        double[] child = new double[s];
        while (!frontier.isEmpty() && rounds < settings.maxRounds()) {
            if (bestWord != null && roundsSinceSuccess++ >= settings.patience()) {
                break;
            }
            rounds++;
            int[] batch = new int[settings.expandPerRound()];
            int n = 0;
            while (n < batch.length && !frontier.isEmpty()) {
                Entry e = frontier.poll();
                // A node at depth g can only give words of length ≥ g + 1.
                if (nodes.depth[e.node] + 1 < bestLen && nodes.depth[e.node] < settings.maxLength()) {
                    batch[n++] = e.node;
                }
            }
            if (n == 0) {
                break;
            }
            double[] x = new double[n * f];
            for (int i = 0; i < n; i++) {
                env.encode(nodes.states, batch[i] * s, x, i * f);
            }
            double[] q = network.forward(x, n);
            expanded += n;
            for (int i = 0; i < n; i++) {
                int node = batch[i];
                int g = nodes.depth[node];
                int last = node == root ? -1 : nodes.action[node];
                for (int a = 0; a < actions; a++) {
                    if (last >= 0 && env.basis().inverse(last) == a) {
                        continue;
                    }
                    env.step(nodes.states, node * s, a, child, 0);
                    if (g > 0 && (g + 1) % 16 == 0) {
                        env.renormalize(child, 0);
                    }
                    if (seen.get(env.key(child, 0, 1e-9), -1) >= 0) {
                        continue;
                    }
                    int c = nodes.add(node, a, g + 1);
                    System.arraycopy(child, 0, nodes.states, c * s, s);
                    seen.put(env.key(child, 0, 1e-9), c, -1);
                    double d = env.distanceToIdentity(child, 0);
                    if (d < bestDist) {
                        bestDist = d;
                        closest = nodes.path(c);
                    }
                    if (d <= epsilon) {
                        if (g + 1 < bestLen) {
                            bestLen = g + 1;
                            bestWord = nodes.path(c);
                        }
                        continue;
                    }
                    if (finisher != null) {
                        int[] w = finish(nodes, c, epsilon, bestLen - (g + 1) - 1);
                        if (w != null && w.length < bestLen) {
                            bestLen = w.length;
                            bestWord = w;
                        }
                    }
                    frontier.add(new Entry(settings.lambda() * g + q[i * actions + a], c));
                }
            }
            if (frontier.size() > settings.maxFrontier()) {
                PriorityQueue<Entry> kept = new PriorityQueue<>();
                for (int k = 0; k < settings.maxFrontier(); k++) {
                    kept.add(frontier.poll());
                }
                frontier = kept;
            }
        }
        if (bestWord != null) {
            return new Outcome(bestWord, true, Double.NaN, expanded, rounds);
        }
        return new Outcome(closest, false, bestDist, expanded, rounds);
    }

    /** The node's path plus the shortest table word completing it within ε (at most {@code maxSuffix} letters), or null. */
    private int[] finish(Nodes nodes, int node, double epsilon, int maxSuffix) {
        if (maxSuffix < 0) {
            return null;
        }
        double[] inv = Su2.conjugate(Arrays.copyOfRange(nodes.states, 4 * node, 4 * node + 4));
        int hit = finisher.nearest(inv, 0, Math.min(maxSuffix, finisher.depth()));
        if (hit < 0) {
            return null;
        }
        int[] prefix = nodes.path(node);
        int[] suffix = finisher.word(hit);
        int[] w = Arrays.copyOf(prefix, prefix.length + suffix.length);
        System.arraycopy(suffix, 0, w, prefix.length, suffix.length);
        return w;
    }
}
