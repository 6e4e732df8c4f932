// The shared part of the peer pages of scripts/bench-peers.mjs: reads the data the app's
// core exported (window.PEER_DATA, from examples/peer_data.rs), builds the same controls
// as the app (a `#year-from` select, a button that adds a province, a `#year-slider`
// range on the ranking) and asks the library's adapter (window.PEER_ADAPTER) to draw.
// The adapter calls `drawn` once the chart is on the canvas; that marks 'chart-drawn',
// as the app marks 'cds-chart-drawn'.
//   adapter.line(box, model, drawn)     model: {title, subtitle, xLabel, yLabel, yMin, invert,
//                                         years, series: [{name, colour, values}], width, height}
//   adapter.ranking(box, model, drawn)  model: {title, subtitle, xLabel, domain,
//                                         rows: [{label, bar, valueText, colour}], width, height}
// Animation is off in every adapter.
(function () {
  'use strict';
  const data = window.PEER_DATA;
  const adapter = window.PEER_ADAPTER;
  const box = document.getElementById('chart');
  const controls = document.getElementById('controls');
  const drawn = () => performance.mark('chart-drawn');
  // The size of the app's chart canvas in a 1280 × 900 window (CSS pixels).
  const LINE_SIZE = { width: 894, height: 554 };
  const RANKING_SIZE = { width: 894, height: 1363 };

  /** Appends an element made of `tag`, attributes and text to `parent`. */
  function add(parent, tag, attributes, text) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    parent.appendChild(element);
    return element;
  }

  /** The line chart of the years from `from` on, with the default series and `added` more. */
  function lineModel(from, added) {
    const line = data.line;
    const keep = line.years.map((year) => year >= from);
    const series = line.series.concat(data.add.slice(0, added)).map((s) => ({
      name: s.name,
      colour: s.colour,
      values: s.points.filter((_, i) => keep[i]).map((p) => p[1]),
    }));
    return {
      title: line.title,
      subtitle: line.subtitle,
      xLabel: line.x_label,
      yLabel: line.y_label,
      // The value axis starts where the app's does (rank 1); each library fits its end to
      // the data shown, as the app does for each view.
      yMin: line.y_domain[0],
      invert: line.invert_y,
      years: line.years.filter((_, i) => keep[i]),
      series,
      ...LINE_SIZE,
    };
  }

  /** The ranking of `year`, bars best first. */
  function rankingModel(year) {
    const chart = data.ranking.by_year[String(year)];
    return {
      title: chart.title,
      subtitle: chart.subtitle,
      xLabel: chart.x_label,
      domain: chart.domain,
      rows: chart.rows.map((r) => ({ label: r.label, bar: r.bar, valueText: r.value_text, colour: r.colour })),
      ...RANKING_SIZE,
    };
  }

  function setUpLine() {
    const state = { from: data.line.years[0], added: 0 };
    const draw = () => adapter.line(box, lineModel(state.from, state.added), drawn);
    const field = add(controls, 'span', {});
    add(field, 'label', { for: 'year-from' }, 'Từ năm');
    const select = add(field, 'select', { id: 'year-from' });
    for (const year of data.line.from_years) {
      const option = add(select, 'option', { value: String(year) }, String(year));
      option.selected = year === state.from;
    }
    select.addEventListener('change', () => { state.from = Number(select.value); draw(); });
    const more = add(controls, 'button', { type: 'button', id: 'add-province' }, 'Thêm tỉnh');
    more.addEventListener('click', () => {
      if (state.added < data.add.length) { state.added += 1; draw(); }
    });
    const less = add(controls, 'button', { type: 'button', id: 'remove-province' }, 'Bỏ tỉnh thêm vào');
    less.addEventListener('click', () => {
      if (state.added > 0) { state.added -= 1; draw(); }
    });
    draw();
  }

  function setUpRanking() {
    const years = data.ranking.years;
    const field = add(controls, 'span', {});
    add(field, 'label', { for: 'year-slider' }, 'Năm');
    const slider = add(field, 'input', {
      id: 'year-slider', type: 'range', min: '0', max: String(years.length - 1), step: '1',
      value: String(years.indexOf(data.ranking.year)),
    });
    const output = add(field, 'output', { for: 'year-slider' }, String(data.ranking.year));
    const draw = () => {
      const year = years[Number(slider.value)];
      output.textContent = String(year);
      adapter.ranking(box, rankingModel(year), drawn);
    };
    slider.addEventListener('input', draw);
    draw();
  }

  if (new URLSearchParams(location.search).get('view') === 'ranking') setUpRanking();
  else setUpLine();
})();
