/**
 * The decoder contract shared by the samplers (which call decoders) and the {@code decoders}
 * module (which implements them): {@link qtool.decode.Decoder}, its per-shot
 * {@link qtool.decode.Correction}, and the conversion of bit-packed detection events into per-shot
 * event lists ({@link qtool.decode.ShotEvents}).
 */
package qtool.decode;
