/** Layout (virtual → physical qubit assignment) and routing (SWAP insertion) passes over a {@link qtool.passes.routing.CouplingGraph}. */
package qtool.passes.routing;
