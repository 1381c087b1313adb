// Draws the dashboard's charts from the JSON the server inlined in #report-data. Every chart has a data table
// next to it (the text alternative), so the page still says everything without JavaScript or for screen readers.
(function () {
  'use strict';
  var holder = document.getElementById('report-data');
  var script = document.getElementById('dashboard-script');
  if (!holder || !window.echarts) { return; }
  var data = JSON.parse(holder.getAttribute('data-report'));
  var label = function (name) { return script.getAttribute('data-label-' + name); };
  var charts = [];

  function draw(id, option, height) {
    var el = document.getElementById(id);
    if (!el) { return; }
    if (height) { el.style.height = height + 'px'; }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    option.aria = { enabled: true };
    option.tooltip = option.tooltip || { trigger: 'item' };
    chart.setOption(option);
    charts.push(chart);
  }

  draw('chart-status', {
    xAxis: { type: 'category', data: data.byStatus.map(function (r) { return r.key + '. ' + r.label; }),
             axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    grid: { left: 40, right: 10, bottom: 90, containLabel: false },
    series: [{ type: 'bar', data: data.byStatus.map(function (r) { return r.count; }), itemStyle: { color: '#b71c1c' } }]
  });

  // the busiest agency on top (a category axis draws its first entry at the bottom); one bar row per agency
  var agencies = data.byAgency.slice().reverse();
  draw('chart-agency', {
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: agencies.map(function (r) { return r.label; }), axisLabel: { width: 140, overflow: 'truncate' } },
    grid: { left: 150, right: 20 },
    tooltip: { trigger: 'axis' },
    series: [{ type: 'bar', name: label('rate'),
               data: agencies.map(function (r) { return r.onTimeRate.percent === undefined ? null : r.onTimeRate.percent; }),
               itemStyle: { color: '#2e7d32' } }]
  }, Math.max(320, 26 * agencies.length + 60));

  draw('chart-monthly', {
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: data.monthly.map(function (r) { return r.month; }) },
    yAxis: { type: 'value', minInterval: 1 },
    grid: { left: 40, right: 10 },
    series: [
      { type: 'line', name: label('received'), data: data.monthly.map(function (r) { return r.received; }) },
      { type: 'line', name: label('finished'), data: data.monthly.map(function (r) { return r.finished; }) }
    ]
  });

  draw('chart-channel', {
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], label: { formatter: '{d} %' },
               data: data.channels.map(function (r) { return { name: r.label, value: r.count }; }) }]
  });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
