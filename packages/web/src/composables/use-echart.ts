import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { onBeforeUnmount, onMounted, type Ref, shallowRef, watch } from 'vue';
import type { BarChartProps } from '../components/charts/bar-chart.ts';

// Only the pieces in use reach the dashboard's chunk.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Draws a horizontal bar chart into the element and keeps it in step with the data and the window size. */
export function useBarChart(element: Ref<HTMLElement | undefined>, props: BarChartProps) {
  const chart = shallowRef<echarts.ECharts>();
  const resize = () => chart.value?.resize();

  function draw(): void {
    chart.value?.setOption({
      // No animation: a printed or captured page shows the final figures.
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: [...props.labels], inverse: true },
      series: [{ type: 'bar', data: [...props.values], itemStyle: { color: '#a8071a' }, barMaxWidth: 24 }],
    });
  }

  onMounted(() => {
    if (!element.value) return;
    chart.value = echarts.init(element.value);
    draw();
    window.addEventListener('resize', resize);
  });
  watch(() => [props.labels, props.values], draw);
  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize);
    chart.value?.dispose();
  });
}
