/*
 * The relationship page's chart, from the JSON API (the URL is in data-src of #relation-chart): event groups per
 * month on a real time axis (every month from the first to the last, empty ones included; January labelled with
 * its year), stacked by PLOVER type, and the month's cooperation–conflict score as a line on a second axis
 * (−2..+2). Events dated to a year only, or whose year was not printed, are not placed on the axis: the page
 * lists them apart. Spans longer than MAX_MONTHS are drawn by year. External file: the CSP allows no inline script.
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
  var MAX_MONTHS = 240;

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

  /* "1985-04" → months since year 0 */
  function index(key) {
    return parseInt(key.substring(0, 4), 10) * 12 + parseInt(key.substring(5, 7), 10) - 1;
  }

  function key(i) {
    var m = (i % 12) + 1;
    return Math.floor(i / 12) + '-' + (m < 10 ? '0' + m : m);
  }

  /* "1985-01" → "Jan 1985" (tooltips), "1985" → "1985" */
  function longLabel(k) {
    return k.length === 4 ? k : MONTHS[parseInt(k.substring(5, 7), 10) - 1] + ' ' + k.substring(0, 4);
  }

  fetch(src + (src.indexOf('?') < 0 ? '?' : '&') + 'limit=1', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var rows = ((data && data.months) || []).filter(function (r) { return /^\d{4}-\d{2}$/.test(r.month); });
      if (rows.length === 0) {
        show('No events dated to a month to chart.');
        el.setAttribute('data-ready', 'empty');
        return;
      }
      var lo = Infinity;
      var hi = -Infinity;
      rows.forEach(function (r) {
        lo = Math.min(lo, index(r.month));
        hi = Math.max(hi, index(r.month));
      });
      var byYear = hi - lo + 1 > MAX_MONTHS;
      var bucket = byYear ? function (k) { return k.substring(0, 4); } : function (k) { return k; };
      var axis = [];
      if (byYear) {
        for (var y = Math.floor(lo / 12); y <= Math.floor(hi / 12); y++) {
          axis.push(String(y));
        }
      } else {
        for (var i = lo; i <= hi; i++) {
          axis.push(key(i));
        }
      }
      var types = [];
      var counts = {};
      var totals = {};
      rows.forEach(function (r) {
        if (types.indexOf(r.type) < 0) {
          types.push(r.type);
        }
        var b = bucket(r.month);
        counts[r.type + '|' + b] = (counts[r.type + '|' + b] || 0) + r.count;
        totals[b] = (totals[b] || 0) + r.count;
      });
      /* the score of a bucket: the API's monthly means, weighted by their events */
      var sums = {};
      ((data && data.tone) || []).forEach(function (t) {
        if (/^\d{4}-\d{2}$/.test(t.month)) {
          var b = bucket(t.month);
          sums[b] = sums[b] || [0, 0];
          sums[b][0] += t.score * t.events;
          sums[b][1] += t.events;
        }
      });
      var series = types.map(function (type) {
        return {
          name: type,
          type: 'bar',
          stack: 'events',
          barMaxWidth: 28,
          emphasis: { focus: 'series' },
          data: axis.map(function (m) { return counts[type + '|' + m] || 0; })
        };
      });
      series.push({
        name: 'cooperation–conflict',
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        symbolSize: 5,
        lineStyle: { width: 2, color: '#222' },
        itemStyle: { color: '#222' },
        data: axis.map(function (m) {
          return sums[m] && sums[m][1] > 0 ? Math.round(100 * sums[m][0] / sums[m][1]) / 100 : null;
        })
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
            /* echarts sets this as HTML: every part is escaped */
            var lines = [escapeHtml(longLabel(params.length ? params[0].axisValue : ''))];
            params.forEach(function (p) {
              if (p.value !== null && p.value !== 0 && p.value !== undefined) {
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
          data: axis,
          axisTick: { alignWithLabel: true },
          axisLabel: {
            hideOverlap: true,
            /* a year is marked as a year: January (or a year bucket) shows "1985"; other months their name */
            formatter: function (value) {
              if (value.length === 4) {
                return '{year|' + value + '}';
              }
              var m = parseInt(value.substring(5, 7), 10);
              return m === 1 ? '{year|' + value.substring(0, 4) + '}' : MONTHS[m - 1];
            },
            rich: { year: { fontWeight: 'bold' } }
          },
          axisPointer: { label: { formatter: function (p) { return longLabel(p.value); } } }
        },
        yAxis: [
          { type: 'value', minInterval: 1, name: 'events' },
          { type: 'value', min: -2, max: 2, interval: 1, splitLine: { show: false },
            axisLabel: { formatter: function (v) { return v === 2 ? '+2 coop.' : v === -2 ? '−2 confl.' : String(v); } } }
        ],
        series: series
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-axis', byYear ? 'year' : 'month');
      el.setAttribute('data-buckets', String(axis.length));
      el.setAttribute('data-ready', 'chart');
    })
    .catch(function (err) {
      show('The chart could not be loaded (' + err.message + '). The table lists every event.');
      el.setAttribute('data-ready', 'error');
    });
}());
