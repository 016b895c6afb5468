/**
 * Magic-state cultivation circuits built from the verified code objects of {@code qtool.codes}:
 * {@link qtool.msc.Rp2Cultivation}, the d1 = 3 RP² cultivation stage (Chen, Chen, Lu, Pan 2025)
 * with the Clifford proxy, whose noisy version has the same detector error model as the authors'
 * published rp_3_T_cult.stim.
 */
package qtool.msc;
