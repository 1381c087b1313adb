// Draws the floor statistics charts from the JSON the server inlined in #stats-data (the FloorStatistics record).
// Every chart has a data table below it (the text alternative), so the page says everything without JavaScript.
(function () {
  'use strict';
  var holder = document.getElementById('stats-data');
  var script = document.getElementById('statistics-script');
  if (!holder || !window.echarts) { return; }
  var data = JSON.parse(holder.getAttribute('data-stats'));
  var label = function (name) { return script.getAttribute('data-label-' + name); };
  var minutes = function (seconds) { return Math.round(seconds / 6) / 10; };
  var charts = [];

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    option.aria = { enabled: true };
    option.animationDuration = 300;
    option.tooltip = option.tooltip || { trigger: 'axis' };
    option.legend = option.legend || { top: 0 };
    option.grid = option.grid || { left: 50, right: 50, top: 40, bottom: 30 };
    chart.setOption(option);
    charts.push(chart);
  }

  var target = minutes(data.targetWaitSeconds);
  // the wait axis always reaches the target, so the target line shows even on a calm day
  var waitAxis = { type: 'value', name: 'min', position: 'right', min: 0, splitLine: { show: false },
                   max: function (v) { return Math.max(v.max, target) || 1; } };
  var targetLine = target > 0 ? { symbol: 'none', label: { formatter: label('target') },
                                  lineStyle: { color: '#b71c1c', type: 'dashed' }, data: [{ yAxis: target }] } : undefined;
  draw('chart-hours', {
    xAxis: { type: 'category', data: data.hours.map(function (h) { return h.hour + 'h'; }) },
    yAxis: [{ type: 'value', minInterval: 1 }, waitAxis],
    series: [
      { type: 'bar', name: label('issued'), data: data.hours.map(function (h) { return h.issued; }) },
      { type: 'bar', name: label('called'), data: data.hours.map(function (h) { return h.called; }) },
      { type: 'bar', name: label('breaches'), itemStyle: { color: '#b71c1c' },
        data: data.hours.map(function (h) { return h.breaches; }) },
      { type: 'line', name: label('wait'), yAxisIndex: 1,
        data: data.hours.map(function (h) { return minutes(h.averageWaitSeconds); }), markLine: targetLine }
    ]
  });

  draw('chart-lines', {
    xAxis: { type: 'category', data: data.lines.map(function (l) { return l.prefix; }) },
    yAxis: [{ type: 'value', minInterval: 1 }, waitAxis],
    series: [
      { type: 'bar', name: label('served'), data: data.lines.map(function (l) { return l.served; }) },
      { type: 'bar', name: label('noshows'), data: data.lines.map(function (l) { return l.noShows; }) },
      { type: 'bar', name: label('breaches'), itemStyle: { color: '#b71c1c' },
        data: data.lines.map(function (l) { return l.breaches; }) },
      { type: 'line', name: label('wait'), yAxisIndex: 1,
        data: data.lines.map(function (l) { return minutes(l.averageWaitSeconds); }), markLine: targetLine }
    ]
  });

  function perPerson(id, rows, name) {
    draw(id, {
      xAxis: { type: 'category', data: rows.map(name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', name: 'min', position: 'right', min: 0, splitLine: { show: false } }],
      series: [
        { type: 'bar', name: label('served'), data: rows.map(function (r) { return r.served; }) },
        { type: 'line', name: label('service'), yAxisIndex: 1,
          data: rows.map(function (r) { return minutes(r.averageServiceSeconds); }) }
      ]
    });
  }
  perPerson('chart-counters', data.counters, function (c) { return c.counter; });
  perPerson('chart-officers', data.officers, function (o) { return o.officer; });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
