package qtool.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sinter's task identity ({@code Task.strong_id()} in {@code _data/_task.py}): the lower-case hex
 * SHA-256 of the UTF-8 bytes of {@code json.dumps(d)}, where {@code d} is, in this key order,
 *
 * <pre>
 * {"circuit": CIRCUIT_TEXT, "decoder": DECODER, "decoder_error_model": DEM_TEXT,
 *  "postselection_mask": null | [BYTE, ...], "json_metadata": METADATA}
 * </pre>
 *
 * followed by {@code , "postselected_observables_mask": [BYTE, ...]} only when that mask is given.
 * {@code json.dumps} uses its defaults: separators {@code ", "} and {@code ": "}, keys not sorted,
 * {@code ensure_ascii}. The masks are numpy {@code uint8} arrays packed little-endian (bit {@code k}
 * of the mask is bit {@code k % 8} of byte {@code k / 8}), written as lists of the byte values.
 * {@code METADATA} is the metadata value itself (not a string) written with the same default
 * separators; because qtool keeps metadata in canonical (sorted-key) form, the id matches sinter's
 * when the Python metadata dict was built with its keys in sorted order (sinter keeps insertion order).
 * The circuit and DEM texts must be what Python's {@code str(stim.Circuit)} and
 * {@code str(stim.DetectorErrorModel)} give, which have no trailing newline.
 */
public final class StrongId {
    private StrongId() {
    }

    public static String of(String circuitText, String decoder, String demText, boolean[] postselectionMask,
            String jsonMetadataCanonical, boolean[] postselectedObservablesMask) {
        return sha256Hex(text(circuitText, decoder, demText, postselectionMask, jsonMetadataCanonical,
                postselectedObservablesMask));
    }

    /** The exact text that is hashed (sinter's {@code Task.strong_id_text()}). */
    public static String text(String circuitText, String decoder, String demText, boolean[] postselectionMask,
            String jsonMetadataCanonical, boolean[] postselectedObservablesMask) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("circuit", circuitText);
        value.put("decoder", decoder);
        value.put("decoder_error_model", demText);
        value.put("postselection_mask", postselectionMask == null ? null : packedBytes(postselectionMask));
        value.put("json_metadata", CanonicalJson.parse(jsonMetadataCanonical));
        if (postselectedObservablesMask != null) {
            value.put("postselected_observables_mask", packedBytes(postselectedObservablesMask));
        }
        return CanonicalJson.writePythonDefault(value);
    }

    /** {@code np.packbits(bits, bitorder='little')} as a list of ints. */
    static List<Long> packedBytes(boolean[] bits) {
        List<Long> bytes = new ArrayList<>();
        for (int i = 0; i < bits.length; i += 8) {
            long b = 0;
            for (int j = 0; j < 8 && i + j < bits.length; j++) {
                if (bits[i + j]) {
                    b |= 1L << j;
                }
            }
            bytes.add(b);
        }
        return bytes;
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64);
            for (byte b : digest) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
