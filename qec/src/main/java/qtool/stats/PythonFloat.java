package qtool.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double the way Python's {@code repr(float)} does, which is also how {@code json.dumps}
 * writes floats: the shortest digit string that reads back to the same double, in positional
 * notation for decimal exponents -4..15 ({@code 0.0001}, {@code 100.0}) and in scientific notation
 * otherwise ({@code 1e-05}, {@code 1.2345678901234567e+19}).
 */
final class PythonFloat {
    private PythonFloat() {
    }

    static String repr(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no value for " + value);
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(value);
        String digits = shortest.unscaledValue().abs().toString();
        // Strip trailing zeros from the digit string; they carry no information.
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        // Decimal exponent of the leading digit: value = d.ddd × 10^exp.
        int exp = digits.length() - 1 - shortest.scale();
        digits = digits.substring(0, end);
        String sign = value < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.format(java.util.Locale.ROOT, "%02d", Math.abs(exp));
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
        }
        if (exp < 0) {
            return sign + "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }

    /**
     * The shortest decimal that parses back to {@code value}. Java 17's {@code Double.toString} is
     * not always shortest (JDK-4511638), so try 1..17 significant digits: the correctly rounded
     * n-digit decimal is the closest n-digit candidate, so if any n-digit decimal round-trips, it does.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int n = 1; n <= 17; n++) {
            BigDecimal candidate = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
