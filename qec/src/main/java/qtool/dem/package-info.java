/**
 * Detector error models: the {@code .dem} text format ({@link qtool.dem.DemReader},
 * {@link qtool.dem.DemWriter}) and error analysis of noisy Stim circuits ({@link qtool.dem.CircuitToDem}).
 */
package qtool.dem;
