/**
 * Charts of Monte Carlo statistics: the data to draw ({@link qtool.plot.PlotModel}, built from stats
 * rows by {@link qtool.plot.StatsPlot}), the shared log-log geometry ({@link qtool.plot.PlotLayout}),
 * and two renderers: a deterministic SVG writer and a Java2D PNG writer.
 */
package qtool.plot;
