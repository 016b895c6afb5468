package qtool.synthesis.rl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A trained Q-network with the basis it was trained for: the file {@code qtool synth-rl train --out}
 * writes and the search reads. Format: magic {@code QRLM}, version, basis name, the training settings,
 * then the network with 32-bit float parameters (big-endian). The shipped models are resources
 * {@code /qtool/synthesis/rl/<basis>.qrlm}.
 */
public record RlModel(GateBasis basis, Mlp network, TrainingConfig config) {
    private static final int MAGIC = 0x51524c4d;
    private static final int VERSION = 1;

    public RlModel {
        SynthesisEnvironment env = SynthesisEnvironment.of(basis);
        if (network.inputSize() != env.featureSize() || network.outputSize() != basis.size()) {
            throw new IllegalArgumentException("network shape does not match basis " + basis.name());
        }
    }

    /** The shipped model of a basis; IllegalArgumentException when none is shipped. */
    public static RlModel shipped(String basisName) {
        GateBasis b = GateBasis.named(basisName);
        String resource = "/qtool/synthesis/rl/" + resourceName(b.name()) + ".qrlm";
        try (InputStream in = RlModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no trained model is shipped for basis " + b.name()
                        + "; train one with 'qtool synth-rl train --basis " + b.name() + " --out FILE' and pass --model FILE");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("shipped model " + resource + " is unreadable", e);
        }
    }

    /** The resource file name of a basis ({@code clifford+t} becomes {@code clifford_t}). */
    public static String resourceName(String basisName) {
        return basisName.replace('+', '_');
    }

    public static RlModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static RlModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a qtool RL synthesis model (bad magic)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported model version " + version);
        }
        try {
            GateBasis basis = GateBasis.named(in.readUTF());
            TrainingConfig config = TrainingConfig.read(in);
            Mlp net = Mlp.read(in);
            return new RlModel(basis, net, config);
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed model: " + e.getMessage(), e);
        }
    }

    /** Writes the model atomically (a temporary file moved into place). */
    public void write(Path file) throws IOException {
        Path tmp = temporarySibling(file);
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeUTF(basis.name());
                config.write(out);
                network.write(out, false);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary name beside {@code file} (same file system, so the final move is atomic), created
     * with ordinary permissions rather than a temporary file's owner-only ones.
     */
    static Path temporarySibling(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }
}
