package qtool.synthesis.cliffordt;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;

/**
 * Integer factorisation with a bounded effort, as gridsynth needs it: trial division by small primes,
 * a probabilistic primality test, and Pollard's rho in Brent's variant with batched gcds. When the
 * iteration budget runs out the factorisation is abandoned (null) and the caller moves on to the next
 * candidate, which is what keeps the expected running time polynomial.
 */
final class IntegerFactoring {
    private static final int[] SMALL_PRIMES = smallPrimes(2000);
    private static final int CERTAINTY = 40;

    private IntegerFactoring() {
    }

    private static int[] smallPrimes(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        int[] primes = new int[count];
        int c = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                primes[c++] = i;
            }
        }
        return primes;
    }

    /** Mutable iteration budget shared by the rho runs of one factorisation. */
    static final class Budget {
        long remaining;

        Budget(long iterations) {
            this.remaining = iterations;
        }
    }

    /** Prime → exponent for n ≥ 1, or null when the budget ran out. */
    static TreeMap<BigInteger, Integer> factor(BigInteger n, Budget budget) {
        TreeMap<BigInteger, Integer> result = new TreeMap<>();
        BigInteger m = n.abs();
        if (m.signum() == 0) {
            throw new IllegalArgumentException("cannot factor 0");
        }
        for (int p : SMALL_PRIMES) {
            if (m.bitLength() < 64 && (long) p * p > m.longValue()) {
                break;
            }
            BigInteger bp = BigInteger.valueOf(p);
            while (true) {
                BigInteger[] qr = m.divideAndRemainder(bp);
                if (qr[1].signum() != 0) {
                    break;
                }
                m = qr[0];
                result.merge(bp, 1, Integer::sum);
            }
        }
        Deque<BigInteger> work = new ArrayDeque<>();
        if (!m.equals(BigInteger.ONE)) {
            work.push(m);
        }
        while (!work.isEmpty()) {
            BigInteger c = work.pop();
            if (c.equals(BigInteger.ONE)) {
                continue;
            }
            if (c.isProbablePrime(CERTAINTY)) {
                result.merge(c, 1, Integer::sum);
                continue;
            }
            BigInteger d = rho(c, budget);
            if (d == null) {
                return null;
            }
            work.push(d);
            work.push(c.divide(d));
        }
        return result;
    }

    /** A non-trivial factor of composite n, or null when the budget runs out. */
    static BigInteger rho(BigInteger n, Budget budget) {
        if (!n.testBit(0)) {
            return BigInteger.TWO;
        }
        for (long c = 1; budget.remaining > 0; c++) {
            BigInteger f = brent(n, BigInteger.valueOf(c), budget);
            if (f != null && !f.equals(n)) {
                return f;
            }
        }
        return null;
    }

    private static BigInteger brent(BigInteger n, BigInteger c, Budget budget) {
        final int batch = 64;
        BigInteger y = BigInteger.TWO;
        BigInteger x = y;
        BigInteger ys = y;
        BigInteger q = BigInteger.ONE;
        BigInteger g = BigInteger.ONE;
        long r = 1;
        while (g.equals(BigInteger.ONE)) {
            x = y;
            for (long i = 0; i < r; i++) {
                y = y.multiply(y).add(c).mod(n);
            }
            long k = 0;
            while (k < r && g.equals(BigInteger.ONE)) {
                ys = y;
                long steps = Math.min(batch, r - k);
                for (long i = 0; i < steps; i++) {
                    y = y.multiply(y).add(c).mod(n);
                    q = q.multiply(x.subtract(y).abs()).mod(n);
                }
                budget.remaining -= steps;
                g = q.gcd(n);
                k += steps;
                if (budget.remaining <= 0 && g.equals(BigInteger.ONE)) {
                    return null;
                }
            }
            r <<= 1;
        }
        if (g.equals(n)) {
            // The batch overshot: retrace one step at a time.
            do {
                ys = ys.multiply(ys).add(c).mod(n);
                g = x.subtract(ys).abs().gcd(n);
            } while (g.equals(BigInteger.ONE));
        }
        return g;
    }

    /** A square root of a modulo an odd prime p (Tonelli–Shanks), or null when a is a non-residue. */
    static BigInteger sqrtMod(BigInteger a, BigInteger p) {
        BigInteger x = a.mod(p);
        if (x.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger pm1 = p.subtract(BigInteger.ONE);
        if (!x.modPow(pm1.shiftRight(1), p).equals(BigInteger.ONE)) {
            return null;
        }
        int s = pm1.getLowestSetBit();
        BigInteger q = pm1.shiftRight(s);
        BigInteger z = BigInteger.TWO;
        while (z.modPow(pm1.shiftRight(1), p).equals(BigInteger.ONE)) {
            z = z.add(BigInteger.ONE);
        }
        BigInteger c = z.modPow(q, p);
        BigInteger r = x.modPow(q.add(BigInteger.ONE).shiftRight(1), p);
        BigInteger t = x.modPow(q, p);
        int m = s;
        while (!t.equals(BigInteger.ONE)) {
            int i = 0;
            BigInteger tt = t;
            while (!tt.equals(BigInteger.ONE)) {
                tt = tt.multiply(tt).mod(p);
                i++;
            }
            BigInteger b = c;
            for (int j = 0; j < m - i - 1; j++) {
                b = b.multiply(b).mod(p);
            }
            r = r.multiply(b).mod(p);
            c = b.multiply(b).mod(p);
            t = t.multiply(c).mod(p);
            m = i;
        }
        return r;
    }
}
