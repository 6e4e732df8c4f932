// The Chart.js adapter of the peer pages (bench/peers/page.js): one chart per page on a
// fixed-size canvas (not responsive), updated in place with update('none'); with
// animation off Chart.js draws synchronously, and its afterRender hook says so. The
// ranking's value labels are drawn by a small plugin (Chart.js has none built in).
(function () {
  'use strict';
  let chart = null;
  let kind = null;
  let onDrawn = () => {};
  const markDrawn = { id: 'peer-drawn', afterRender: () => onDrawn() };
  const valueLabels = {
    id: 'peer-value-labels',
    afterDatasetsDraw(c) {
      const texts = c.config.options.plugins.peerValueLabels;
      if (!texts) return;
      const ctx = c.ctx;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = '#1d2430';
      ctx.textBaseline = 'middle';
      c.getDatasetMeta(0).data.forEach((bar, i) => ctx.fillText(texts[i], bar.x + 4, bar.y));
      ctx.restore();
    },
  };

  function canvas(box, model) {
    const element = document.createElement('canvas');
    element.width = model.width;
    element.height = model.height;
    box.replaceChildren(element);
    return element;
  }

  function lineConfig(model) {
    return {
      type: 'line',
      data: {
        labels: model.years.map(String),
        datasets: model.series.map((s) => ({
          label: s.name, data: s.values, borderColor: s.colour, backgroundColor: s.colour,
          borderWidth: 2.5, pointRadius: 3.5, spanGaps: false,
        })),
      },
      options: {
        animation: false, responsive: false,
        plugins: {
          title: { display: true, text: model.title },
          subtitle: { display: true, text: model.subtitle },
          legend: { position: 'top' },
        },
        scales: {
          x: { title: { display: true, text: model.xLabel } },
          y: { reverse: model.invert, min: model.yMin, title: { display: true, text: model.yLabel } },
        },
      },
      plugins: [markDrawn],
    };
  }

  function rankingConfig(model) {
    return {
      type: 'bar',
      data: {
        labels: model.rows.map((r) => r.label),
        datasets: [{ data: model.rows.map((r) => r.bar), backgroundColor: model.rows.map((r) => r.colour), barPercentage: 0.8, categoryPercentage: 0.9 }],
      },
      options: {
        indexAxis: 'y', animation: false, responsive: false,
        layout: { padding: { right: 40 } },
        plugins: {
          title: { display: true, text: model.title },
          subtitle: { display: true, text: model.subtitle },
          legend: { display: false },
          peerValueLabels: model.rows.map((r) => r.valueText),
        },
        scales: {
          x: { min: 0, title: { display: true, text: model.xLabel } },
          y: { ticks: { autoSkip: false, font: { size: 11 } } },
        },
      },
      plugins: [markDrawn, valueLabels],
    };
  }

  /** Draws `config`: a new chart the first time, else the same chart updated in place. */
  function draw(box, model, config, type, drawn) {
    onDrawn = drawn;
    if (!chart || kind !== type) {
      chart?.destroy();
      chart = new Chart(canvas(box, model), config);
      kind = type;
      return;
    }
    chart.data = config.data;
    chart.options = config.options;
    chart.update('none');
  }

  window.PEER_ADAPTER = {
    line: (box, model, drawn) => draw(box, model, lineConfig(model), 'line', drawn),
    ranking: (box, model, drawn) => draw(box, model, rankingConfig(model), 'ranking', drawn),
  };
})();
