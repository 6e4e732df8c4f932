// The uPlot adapter of the peer pages (bench/peers/page.js): one plot per page, updated
// in place (series added or removed, then setData) inside uPlot's batch(), which draws
// at once rather than in a microtask; its draw hook says the chart is on the canvas.
// The ranking is uPlot's bars path on a vertical x scale (ori 1), one colour per bar,
// with the value labels drawn in the draw hook (uPlot has none built in); a new year is
// new data for the same plot. uPlot has no animation. The plot's height is the app's canvas height less the title and legend.
(function () {
  'use strict';
  let plot = null;
  let kind = null;
  let onDrawn = () => {};
  const TITLE_AND_LEGEND = 80;

  function lineSeries(s) {
    return { label: s.name, stroke: s.colour, width: 2.5, spanGaps: false, points: { size: 7, fill: s.colour, stroke: s.colour } };
  }

  function lineOptions(model) {
    return {
      width: model.width, height: model.height - TITLE_AND_LEGEND, title: model.title,
      scales: { x: { time: false }, y: { dir: model.invert ? -1 : 1, range: (u, low, high) => [model.yMin, uPlot.rangeNum(model.yMin, high, 0.1, true)[1]] } },
      axes: [
        { label: model.xLabel, incrs: [1], values: (u, splits) => splits.map(String) },
        { label: model.yLabel, incrs: [1, 2, 5, 10, 20, 50] },
      ],
      series: [{ label: model.xLabel }].concat(model.series.map(lineSeries)),
      hooks: { draw: [() => onDrawn()] },
    };
  }

  const lineData = (model) => [model.years].concat(model.series.map((s) => s.values));

  /** Brings the plot's series to the model's (adding or removing at the end), then its data. */
  function updateLine(model) {
    plot.batch(() => {
      while (plot.series.length - 1 > model.series.length) plot.delSeries(plot.series.length - 1);
      for (let i = plot.series.length - 1; i < model.series.length; i += 1) plot.addSeries(lineSeries(model.series[i]), i + 1);
      plot.setData(lineData(model));
    });
  }

  // The ranking now drawn: the axis labels, bar colours and value labels read it, so
  // that a new year is only new data for the same plot.
  let rows = [];

  function valueLabels(u) {
    const ctx = u.ctx;
    const scale = devicePixelRatio;
    ctx.save();
    ctx.font = `${11 * scale}px system-ui, sans-serif`;
    ctx.fillStyle = '#1d2430';
    ctx.textBaseline = 'middle';
    rows.forEach((r, i) => ctx.fillText(r.valueText, u.valToPos(r.bar, 'y', true) + 4 * scale, u.valToPos(i, 'x', true)));
    ctx.restore();
  }

  function rankingOptions(model) {
    return {
      width: model.width, height: model.height - TITLE_AND_LEGEND, title: model.title,
      legend: { show: false },
      scales: {
        x: { time: false, ori: 1, dir: -1, range: () => [-0.5, rows.length - 0.5] },
        y: { ori: 0, range: () => [0, Math.max(...rows.map((r) => r.bar)) * 1.08] },
      },
      axes: [
        { side: 3, size: 170, gap: 4, space: 10, incrs: [1], font: '11px system-ui, sans-serif',
          values: (u, splits) => splits.map((i) => rows[i]?.label ?? '') },
        { side: 2, label: model.xLabel },
      ],
      series: [{}, {
        label: model.xLabel, width: 0, fill: '#c4c9d0', points: { show: false },
        paths: uPlot.paths.bars({ size: [0.8, Infinity], disp: { fill: { unit: 3, values: () => rows.map((r) => r.colour) } } }),
      }],
      hooks: { draw: [valueLabels, () => onDrawn()] },
    };
  }

  const rankingData = (model) => [model.rows.map((_, i) => i), model.rows.map((r) => r.bar)];

  /** Draws a new plot of `options` and `data` in `box`, in place of the one before. */
  function create(box, options, data, type) {
    plot?.destroy();
    plot = new uPlot(options, data, box);
    kind = type;
  }

  function line(box, model, drawn) {
    onDrawn = drawn;
    if (kind !== 'line') create(box, lineOptions(model), lineData(model), 'line');
    else updateLine(model);
  }

  function ranking(box, model, drawn) {
    onDrawn = drawn;
    rows = model.rows;
    if (kind !== 'ranking') create(box, rankingOptions(model), rankingData(model), 'ranking');
    else plot.batch(() => plot.setData(rankingData(model)));
  }

  window.PEER_ADAPTER = { line, ranking };
})();
