/** Hardware targets: the immutable {@link qtool.target.Target} value, its YAML form and the bundled profiles. */
package qtool.target;
