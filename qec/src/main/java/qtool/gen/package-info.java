/**
 * Generators of standard QEC memory experiments as Stim circuits, laid out, scheduled and noised
 * exactly like Stim's {@code stim gen} (rotated surface code, repetition code).
 */
package qtool.gen;
