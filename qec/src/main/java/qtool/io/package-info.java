/**
 * Stim's result formats for shot data ({@code 01}, {@code b8}, {@code r8}, {@code ptb64},
 * {@code hits}, {@code dets}): streaming writers and readers of detection events, observable
 * flips and measurement records, byte-compatible with Stim's {@code doc/result_formats.md}.
 */
package qtool.io;
