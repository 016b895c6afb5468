package qtool.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hashed text mirrors sinter's {@code Task.strong_id_text()} in {@code _data/_task.py}:
 * {@code json.dumps} of {circuit, decoder, decoder_error_model, postselection_mask, json_metadata}
 * (plus postselected_observables_mask when set), default separators, insertion order.
 */
class StrongIdTest {
    @Test
    void emptyTaskMatchesSinterDocstring() {
        // sinter.Task(circuit=stim.Circuit(), detector_error_model=stim.DetectorErrorModel(),
        // decoder='pymatching').strong_id() is documented as this value.
        assertEquals("7424ea021693d4abc1c31c12e655a48779f61a7c2969e457ae4fe400c852bee5",
                StrongId.of("", "pymatching", "", null, "null", null));
    }

    @Test
    void hashedTextForATinyTask() {
        boolean[] detectors = {true};
        boolean[] observables = {false};
        String expectedText = "{\"circuit\": \"H 0\\nM 0\\nDETECTOR rec[-1]\", \"decoder\": \"pymatching\", "
                + "\"decoder_error_model\": \"detector D0\", \"postselection_mask\": [1], "
                + "\"json_metadata\": {\"d\": 3, \"p\": 0.001}, \"postselected_observables_mask\": [0]}";
        String text = StrongId.text("H 0\nM 0\nDETECTOR rec[-1]", "pymatching", "detector D0", detectors,
                "{\"d\":3,\"p\":0.001}", observables);
        assertEquals(expectedText, text);
        assertEquals(StrongId.sha256Hex(expectedText),
                StrongId.of("H 0\nM 0\nDETECTOR rec[-1]", "pymatching", "detector D0", detectors,
                        "{\"d\":3,\"p\":0.001}", observables));
        // Independently computed: hashlib.sha256(expectedText.encode()).hexdigest()
        assertEquals("5675e2f45a50ea79b14d50cf8c37fbce51be641bfb00f2ef2c0971aa313e65d2",
                StrongId.sha256Hex(expectedText));
    }

    @Test
    void masksPackLittleEndianBytes() {
        boolean[] bits = new boolean[10];
        bits[0] = true;
        bits[3] = true;
        bits[9] = true;
        // np.packbits([1,0,0,1,0,0,0,0, 0,1], bitorder='little') == [9, 2]
        assertEquals(List.of(9L, 2L), StrongId.packedBytes(bits));
    }
}
