package qtool.dem;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers for {@code .dem} output the way Stim prints them: C's {@code %.19g} (19
 * significant digits, correctly rounded from the exact binary value, trailing zeros dropped,
 * exponent form below 1e-4 or from 1e19, two-digit exponents), e.g. {@code 0.00193118273431066201}
 * and {@code 6.669779853440971351e-05}.
 *
 * <p>Why this rule: it makes qtool's files byte-identical to Stim's, and 19 digits exceed the 17
 * that identify a double, so {@link Double#parseDouble} gives back the very same value (the
 * round trip is exact). {@code BigDecimal} is used because {@code String.format("%g")} in Java
 * neither strips zeros nor rounds from the exact binary expansion.
 */
public final class DemNumberFormat {
    private static final int DIGITS = 19;
    private static final MathContext ROUND = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private DemNumberFormat() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) == 0 ? "0" : "-0";
        }
        BigDecimal r = new BigDecimal(v).round(ROUND).stripTrailingZeros();
        int exponent = r.precision() - r.scale() - 1;
        if (exponent >= -4 && exponent < DIGITS) {
            return r.toPlainString();
        }
        String digits = r.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (r.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int a = Math.abs(exponent);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }
}
