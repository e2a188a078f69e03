// Draws every chart of the page from the JSON in #mqlsync-charts with the inlined Chart.js.
(function () {
  'use strict';
  var palette = ['#2f6fde', '#e8833a', '#3aa675', '#c2455d', '#8a63d2', '#d4a72c', '#3b9bb3', '#7b8794'];
  var specs = JSON.parse(document.getElementById('mqlsync-charts').textContent);
  var types = { BAR: 'bar', HORIZONTAL_BAR: 'bar', STACKED_BAR: 'bar', LINE: 'line', DOUGHNUT: 'doughnut' };
  specs.forEach(function (spec) {
    var ring = spec.kind === 'DOUGHNUT';
    var stacked = spec.kind === 'STACKED_BAR';
    var datasets = spec.datasets.map(function (d, i) {
      var colour = palette[i % palette.length];
      return {
        label: d.label,
        data: d.data,
        backgroundColor: ring ? spec.labels.map(function (l, j) { return palette[j % palette.length]; }) : colour,
        borderColor: ring ? '#ffffff' : colour,
        borderWidth: ring ? 2 : (spec.kind === 'LINE' ? 2 : 0),
        spanGaps: false,
        tension: 0.2
      };
    });
    var valueAxis = { beginAtZero: true, stacked: stacked, title: { display: spec.axisTitle !== 'count', text: spec.axisTitle } };
    var categoryAxis = { stacked: stacked, ticks: { autoSkip: true } };
    var horizontal = spec.kind === 'HORIZONTAL_BAR';
    var options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      plugins: {
        title: { display: true, text: spec.title, font: { size: 14 } },
        legend: { display: ring || spec.datasets.length > 1 },
        tooltip: { callbacks: { label: function (ctx) {
          var value = ring ? ctx.parsed : (horizontal ? ctx.parsed.x : ctx.parsed.y);
          return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') + value + spec.suffix;
        } } }
      }
    };
    if (!ring) {
      options.scales = horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
    }
    new Chart(document.getElementById(spec.canvas), {
      type: types[spec.kind],
      data: { labels: spec.labels, datasets: datasets },
      options: options
    });
  });
})();
