package qtool.pass;

/**
 * How long one run of a pass took and how it changed the circuit's instruction count, as
 * {@link PassManager} records it for {@code --verbose}.
 */
public record PassTiming(String name, long nanos, int sizeBefore, int sizeAfter) {
    public double millis() {
        return nanos / 1e6;
    }
}
