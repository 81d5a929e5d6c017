/** A bar chart's data: labels along one axis, values along the other. */
export interface BarChartProps {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** Read out to screen readers; the chart itself is a picture. */
  readonly label: string;
}
