package qtool.qubo.model;

/**
 * MIS as a QUBO: {@code E(x) = -Σ_v x_v + B Σ_{(u,v)∈E} x_u x_v}. With {@code B > 1} every
 * minimiser is an independent set (dropping one end of a violated edge lowers E), and on
 * independent sets {@code E = -|S|}.
 */
public final class MisQubo {
    private MisQubo() {
    }

    public static Qubo encode(Mis mis, double penalty) {
        Qubo.Builder b = Qubo.builder(mis.vertices());
        for (int v = 0; v < mis.vertices(); v++) {
            b.linear(v, -1);
        }
        for (int[] e : mis.edges()) {
            b.quadratic(e[0], e[1], penalty);
        }
        return b.build();
    }
}
