// The ECharts adapter of the peer pages (bench/peers/page.js): one chart instance per
// page, redrawn with setOption(…, {notMerge: true}), which renders synchronously (no
// lazyUpdate), so the chart is on the canvas when it returns. Animation off.
(function () {
  'use strict';
  let chart = null;

  function instance(box, model) {
    if (!chart) chart = echarts.init(box, null, { renderer: 'canvas', width: model.width, height: model.height });
    return chart;
  }

  function line(box, model, drawn) {
    instance(box, model).setOption({
      animation: false,
      title: { text: model.title, subtext: model.subtitle },
      tooltip: { trigger: 'axis' },
      legend: { top: 56, left: 'center' },
      grid: { top: 100, left: 60, right: 30, bottom: 50 },
      xAxis: { type: 'category', data: model.years.map(String), name: model.xLabel, nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', inverse: model.invert, min: model.yMin, name: model.yLabel },
      series: model.series.map((s) => ({
        type: 'line', name: s.name, data: s.values, connectNulls: false, symbolSize: 7,
        itemStyle: { color: s.colour }, lineStyle: { color: s.colour, width: 2.5 },
      })),
    }, { notMerge: true });
    drawn();
  }

  function ranking(box, model, drawn) {
    instance(box, model).setOption({
      animation: false,
      title: { text: model.title, subtext: model.subtitle },
      tooltip: { trigger: 'item' },
      grid: { top: 70, left: 190, right: 60, bottom: 40 },
      yAxis: { type: 'category', inverse: true, data: model.rows.map((r) => r.label), axisTick: { show: false } },
      xAxis: { type: 'value', name: model.xLabel, min: 0 },
      series: [{
        type: 'bar', barCategoryGap: '25%',
        data: model.rows.map((r) => ({ value: r.bar, itemStyle: { color: r.colour } })),
        label: { show: true, position: 'right', formatter: (p) => model.rows[p.dataIndex].valueText },
      }],
    }, { notMerge: true });
    drawn();
  }

  window.PEER_ADAPTER = { line, ranking };
})();
