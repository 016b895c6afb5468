package qtool.cli;

/**
 * The input is valid but the requested run needs more memory than the Java heap allows (or larger
 * arrays than Java has). An input problem with a way out (a larger heap, fewer shots or threads),
 * exit code 3, not a bug in qtool.
 */
final class InputTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How to get more heap: the launcher passes QTOOL_JAVA_OPTS to the JVM. */
    static final String HEAP_ADVICE = "raise it with QTOOL_JAVA_OPTS=-Xmx<size> (for example -Xmx16g)";

    InputTooLargeException(String message) {
        super(message);
    }

    /** Refuses a run of {@code needBytes} (Long.MAX_VALUE: beyond any heap) described by {@code what}. */
    static void checkHeap(long needBytes, String what) {
        long heap = Runtime.getRuntime().maxMemory();
        if (needBytes == Long.MAX_VALUE) {
            throw new InputTooLargeException(what + " needs arrays larger than Java allows, at any heap size");
        }
        if (needBytes > heap) {
            throw new InputTooLargeException(what + " needs about " + (needBytes >> 20) + " MiB, more than the Java"
                    + " heap of " + (heap >> 20) + " MiB; " + HEAP_ADVICE + " or use fewer threads");
        }
    }
}
