/*
 * The relationship page's chart: events by month, stacked by PLOVER type, from the JSON API
 * (the URL is in data-src of #relation-chart). External file: the CSP allows no inline script.
 */
(function () {
  'use strict';
  var el = document.getElementById('relation-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var src = el.getAttribute('data-src');
  if (!src) {
    return;
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /* "2025-04" → "Apr 2025"; "--04" (the article printed no year) → "Apr (year not printed)". */
  function monthLabel(key, short) {
    var m = /^(\d{4}|--)-?(\d{2})$/.exec(key || '');
    if (!m) {
      return key;
    }
    var name = MONTHS[parseInt(m[2], 10) - 1] || m[2];
    if (m[1] === '--') {
      return short ? name + '\n(year not printed)' : name + ' (year not printed)';
    }
    return name + ' ' + m[1];
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function show(message) {
    el.textContent = '';
    var p = document.createElement('p');
    p.className = 'chart-fallback';
    p.textContent = message;
    el.appendChild(p);
  }

  fetch(src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var rows = (data && (data.months || (data.relations && data.relations.months))) || [];
      if (rows.length === 0) {
        show('No dated events to chart yet.');
        el.setAttribute('data-ready', 'empty');
        return;
      }
      var months = [];
      var types = [];
      var counts = {};
      rows.forEach(function (r) {
        if (months.indexOf(r.month) < 0) {
          months.push(r.month);
        }
        if (types.indexOf(r.type) < 0) {
          types.push(r.type);
        }
        counts[r.type + '|' + r.month] = (counts[r.type + '|' + r.month] || 0) + r.count;
      });
      var series = types.map(function (type) {
        return {
          name: type,
          type: 'bar',
          stack: 'events',
          emphasis: { focus: 'series' },
          data: months.map(function (m) { return counts[type + '|' + m] || 0; })
        };
      });
      el.textContent = '';
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        aria: { enabled: true },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: function (params) {
            /* echarts sets this as HTML: every part is escaped (no inline style markers: the CSP forbids them) */
            var lines = [escapeHtml(monthLabel(params.length ? params[0].axisValue : '', false))];
            params.forEach(function (p) {
              if (p.value) {
                lines.push(escapeHtml(p.seriesName) + ': ' + escapeHtml(String(p.value)));
              }
            });
            return lines.join('<br>');
          }
        },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 16, right: 16, top: 48, bottom: 12, containLabel: true },
        xAxis: {
          type: 'category',
          data: months,   /* the API's keys stay the data; only the labels are spelled out */
          axisLabel: {
            interval: 0,
            hideOverlap: true,
            lineHeight: 16,
            margin: 10,
            rotate: months.length > 8 ? 45 : 0,
            formatter: function (value) { return monthLabel(value, true); }
          },
          axisPointer: { label: { formatter: function (p) { return monthLabel(p.value, false); } } }
        },
        yAxis: { type: 'value', minInterval: 1, name: 'events' },
        series: series
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-ready', 'chart');
    })
    .catch(function (err) {
      show('The chart could not be loaded (' + err.message + '). The table lists every event.');
      el.setAttribute('data-ready', 'error');
    });
}());
