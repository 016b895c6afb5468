package qtool.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected strings are what CPython's json.dumps / repr(float) print for the same values. */
class CanonicalJsonTest {
    @Test
    void floatsAsPythonRepr() {
        assertEquals("0.001", CanonicalJson.write(0.001));
        assertEquals("1e-05", CanonicalJson.write(1e-5));
        assertEquals("0.005", CanonicalJson.write(5e-3));
        assertEquals("1e-07", CanonicalJson.write(1e-7));
        assertEquals("0.0001", CanonicalJson.write(0.0001));
        assertEquals("1.2345678901234567e+19", CanonicalJson.write(12345678901234567890.0));
        assertEquals("0.30000000000000004", CanonicalJson.write(0.1 + 0.2));
        assertEquals("1.0", CanonicalJson.write(1.0));
        assertEquals("100.0", CanonicalJson.write(100.0));
        assertEquals("1e+16", CanonicalJson.write(1e16));
        assertEquals("1000000000000000.0", CanonicalJson.write(1e15));
        assertEquals("123456.789", CanonicalJson.write(123456.789));
        assertEquals("2.5e-10", CanonicalJson.write(2.5e-10));
        assertEquals("-0.0", CanonicalJson.write(-0.0));
        assertEquals("5e-324", CanonicalJson.write(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", CanonicalJson.write(Double.MAX_VALUE));
    }

    @Test
    void integersStayIntegers() {
        assertEquals("100", CanonicalJson.write(100));
        assertEquals("100", CanonicalJson.write(100L));
        assertEquals("123456789012345678901234567890", CanonicalJson.write(new BigInteger("123456789012345678901234567890")));
    }

    @Test
    void nonFiniteIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Double.NaN));
    }

    @Test
    void compactSortedAsciiEscaped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\u00e9", "\u00e9\uD83D\uDE00\u007f");
        m.put("a", Arrays.asList(1, 2.5, null, true));
        // json.dumps({"é": "é😀\x7f", "a": [1, 2.5, None, True]}, separators=(',', ':'), sort_keys=True)
        assertEquals("{\"a\":[1,2.5,null,true],\"\\u00e9\":\"\\u00e9\\ud83d\\ude00\\u007f\"}", CanonicalJson.write(m));
        assertEquals("\"tab\\tquote\\\"back\\\\nl\\n\"", CanonicalJson.write("tab\tquote\"back\\nl\n"));
    }

    @Test
    void keysSortByCodePoint() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\uD83D\uDE00", 1); // U+1F600: after U+FFFD in code point order, before it in UTF-16 order
        m.put("\uFFFD", 2);
        assertEquals("{\"\\ufffd\":2,\"\\ud83d\\ude00\":1}", CanonicalJson.write(m));
    }

    @Test
    void sinterMetadataRoundTrips() {
        String text = "{\"b\":\"X\",\"d\":5,\"noise\":0.001,\"p\":0.001,\"r\":5}";
        assertEquals(text, CanonicalJson.write(CanonicalJson.parse(text)));
        assertEquals(text, CanonicalJson.canonicalize("{ \"r\": 5, \"p\": 1e-3, \"noise\": 0.001, \"d\": 5, \"b\": \"X\" }"));
    }

    @Test
    void parseGivesJavaValues() {
        Object v = CanonicalJson.parse("{\"a\":[1,2.0,\"s\",false,null],\"b\":99999999999999999999}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(Arrays.asList(1L, 2.0, "s", false, null), m.get("a"));
        assertEquals(new BigInteger("99999999999999999999"), m.get("b"));
        assertEquals(List.of("a", "b"), List.copyOf(m.keySet()));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("{\"a\":"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("1 2"));
    }

    @Test
    void pythonDefaultSeparatorsKeepOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", List.of(1, 2));
        assertEquals("{\"z\": 1, \"a\": [1, 2]}", CanonicalJson.writePythonDefault(m));
    }
}
