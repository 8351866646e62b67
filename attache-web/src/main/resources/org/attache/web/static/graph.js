/*
 * "Who met whom": events of one PLOVER type (meetings by default) as a graph from /api/graph. The filters come
 * from data- attributes of #graph (set by the server from the form). Clicking a person opens their page, a
 * country its articles; clicking an edge lists its events (people) or opens the relationship (countries).
 *
 * The layout is computed here (a force-directed layout, deterministic) inside a box that leaves room for the
 * legend above and for the longest label on the right, so that no node or label leaves the canvas and the legend
 * covers no node. Each country has its own colour (hues a golden angle apart) and shape, named in the legend.
 * After drawing, the element says how many labels overflow and how many nodes the legend covers (data-overflow,
 * data-under-legend: both 0) and how many countries and distinct colour-shape marks there are (data-countries,
 * data-marks). External file: the CSP allows no inline script.
 */
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var level = el.getAttribute('data-level') === 'country' ? 'country' : 'person';
  var params = new URLSearchParams({ level: level });
  ['from', 'to', 'type'].forEach(function (name) {
    var value = el.getAttribute('data-' + name);
    if (value) {
      params.set(name, value);
    }
  });
  var SHAPES = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'];
  var LEGEND = 40;       /* px kept for the one-row (scrolling) legend */
  var FONT = '12px sans-serif';
  var PAD = 8;

  function show(message) {
    el.textContent = '';
    var p = document.createElement('p');
    p.className = 'chart-fallback';
    p.textContent = message;
    el.appendChild(p);
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function colour(i) {
    var hue = Math.round((i * 137.508) % 360);
    var light = i % 2 === 0 ? 42 : 32;
    return 'hsl(' + hue + ', 70%, ' + light + '%)';
  }

  /* Fruchterman–Reingold in the unit square from a circle, fixed iterations: the same graph, the same picture. */
  function layout(nodes, edges) {
    var n = nodes.length;
    var pos = nodes.map(function (_, i) {
      var a = 2 * Math.PI * i / n;
      return [0.5 + 0.4 * Math.cos(a), 0.5 + 0.4 * Math.sin(a)];
    });
    var index = {};
    nodes.forEach(function (node, i) { index[node.id] = i; });
    var k = Math.sqrt(1 / Math.max(1, n));
    var t = 0.1;
    for (var step = 0; step < 300; step++) {
      var disp = pos.map(function () { return [0, 0]; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var dx = pos[i][0] - pos[j][0];
          var dy = pos[i][1] - pos[j][1];
          var d = Math.max(0.001, Math.sqrt(dx * dx + dy * dy));
          var f = k * k / d;
          disp[i][0] += dx / d * f; disp[i][1] += dy / d * f;
          disp[j][0] -= dx / d * f; disp[j][1] -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var a = index[e.source];
        var b = index[e.target];
        if (a === undefined || b === undefined) {
          return;
        }
        var dx = pos[a][0] - pos[b][0];
        var dy = pos[a][1] - pos[b][1];
        var d = Math.max(0.001, Math.sqrt(dx * dx + dy * dy));
        var f = d * d / k;
        disp[a][0] -= dx / d * f; disp[a][1] -= dy / d * f;
        disp[b][0] += dx / d * f; disp[b][1] += dy / d * f;
      });
      for (var m = 0; m < n; m++) {
        /* a little gravity keeps separate components on the canvas */
        disp[m][0] += (0.5 - pos[m][0]) * k * 2;
        disp[m][1] += (0.5 - pos[m][1]) * k * 2;
        var len = Math.max(0.001, Math.sqrt(disp[m][0] * disp[m][0] + disp[m][1] * disp[m][1]));
        pos[m][0] += disp[m][0] / len * Math.min(len, t);
        pos[m][1] += disp[m][1] / len * Math.min(len, t);
      }
      t = Math.max(0.002, t * 0.985);
    }
    /* spread to fill the square exactly */
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    pos.forEach(function (p) {
      minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
    });
    return pos.map(function (p) {
      return [maxX > minX ? (p[0] - minX) / (maxX - minX) : 0.5, maxY > minY ? (p[1] - minY) / (maxY - minY) : 0.5];
    });
  }

  fetch('/api/graph?' + params.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (graph) {
      var nodes = (graph && graph.nodes) || [];
      var edges = (graph && graph.edges) || [];
      if (nodes.length === 0) {
        show('No events of this type in this period.');
        el.setAttribute('data-ready', 'empty');
        return;
      }
      el.textContent = '';
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      draw(chart, graph);
      /* a new size gets a new box: the layout is fitted again, so labels stay inside */
      var pending = null;
      window.addEventListener('resize', function () {
        clearTimeout(pending);
        pending = setTimeout(function () {
          chart.resize();
          draw(chart, graph);
        }, 100);
      });
      el.setAttribute('data-ready', 'graph');
    })
    .catch(function (err) {
      show('The graph could not be loaded (' + err.message + ').');
      el.setAttribute('data-ready', 'error');
    });

  /* Lays the graph out in the element's current size and draws it; records what the tests check. */
  function draw(chart, graph) {
      var nodes = graph.nodes;
      var edges = graph.edges || [];
      var width = el.clientWidth;
      var height = el.clientHeight;
      var labels = {};
      var countries = [];
      var countryNames = {};
      nodes.forEach(function (n) {
        labels[n.id] = n.label;
        var c = n.country || 'unknown';
        if (countries.indexOf(c) < 0) {
          countries.push(c);
          countryNames[c] = n.country ? (n.country_name && n.country_name !== n.country
            ? n.country_name + ' (' + n.country + ')' : n.country) : 'country unknown';
        }
      });
      var maxEvents = Math.max.apply(null, nodes.map(function (n) { return n.events || 1; }));
      var size = function (n) { return 10 + 24 * Math.sqrt((n.events || 1) / maxEvents); };
      var maxSize = 34;
      /* labels on the right, cut to at most a third of the width (the full name is in the tooltip) */
      var ctx = document.createElement('canvas').getContext('2d');
      ctx.font = FONT;
      var labelRoom = Math.min(width / 3, Math.max.apply(null, nodes.map(function (n) {
        return ctx.measureText(n.label).width;
      })) + 4);
      var box = {
        left: PAD + maxSize / 2,
        top: LEGEND + PAD + maxSize / 2,
        right: PAD + maxSize / 2 + 5 + labelRoom,
        bottom: PAD + maxSize / 2
      };
      box.width = Math.max(10, width - box.left - box.right);
      box.height = Math.max(10, height - box.top - box.bottom);
      var pos = layout(nodes, edges);
      var data = nodes.map(function (n, i) {
        var c = countries.indexOf(n.country || 'unknown');
        return {
          id: n.id,
          name: n.label,
          country: n.country,
          countryName: countryNames[n.country || 'unknown'],
          events: n.events,
          category: c,
          x: pos[i][0] * box.width,
          y: pos[i][1] * box.height,
          symbolSize: size(n)
        };
      });
      /* two invisible corners pin the view to the box, so coordinates map one to one */
      [[0, 0], [box.width, box.height]].forEach(function (p, i) {
        data.push({ id: '__corner' + i, name: '', x: p[0], y: p[1], symbolSize: 0, silent: true,
          label: { show: false }, itemStyle: { opacity: 0 }, tooltip: { show: false } });
      });
      var categories = countries.map(function (c, i) {
        return { name: countryNames[c], symbol: c === 'unknown' ? 'emptyCircle' : SHAPES[i % SHAPES.length],
          itemStyle: { color: c === 'unknown' ? '#888' : colour(i) } };
      });
      chart.setOption({
        animation: false,
        tooltip: {
          formatter: function (p) {
            if (p.dataType === 'edge') {
              return esc(labels[p.data.source] + ' – ' + labels[p.data.target]) + ': ' + esc(p.data.events) + ' event(s)';
            }
            return esc(p.data.name) + (p.data.countryName ? ' (' + esc(p.data.countryName) + ')' : '') + ': '
              + esc(p.data.events) + ' event(s)';
          }
        },
        legend: { type: 'scroll', top: 4, left: PAD, right: PAD, height: LEGEND - 8,
          data: categories.map(function (c) { return { name: c.name, icon: c.symbol }; }) },
        series: [{
          type: 'graph',
          layout: 'none',
          left: box.left,
          top: box.top,
          width: box.width,
          height: box.height,
          roam: true,
          draggable: false,
          categories: categories,
          label: { show: true, position: 'right', formatter: '{b}', width: labelRoom, overflow: 'truncate',
            fontSize: 12 },
          labelLayout: { hideOverlap: true },
          lineStyle: { color: 'source', opacity: 0.55, curveness: 0.1 },
          emphasis: { focus: 'adjacency' },
          data: data,
          links: edges.map(function (e) {
            return {
              source: e.source,
              target: e.target,
              events: e.events,
              eventIds: e.event_ids || [],
              lineStyle: { width: Math.min(8, 1 + Math.log2(1 + (e.events || 1))) }
            };
          })
        }]
      });
      chart.off('click');
      chart.on('click', function (p) {
        if (p.dataType === 'node') {
          if (String(p.data.id).indexOf('__corner') === 0) {
            return;
          }
          if (level === 'person') {
            window.location.href = '/entities/' + encodeURIComponent(p.data.id);
          } else {
            window.location.href = '/search?country=' + encodeURIComponent(p.data.id);
          }
        } else if (p.dataType === 'edge') {
          if (level === 'country') {
            window.location.href = '/relations/' + encodeURIComponent(p.data.source) + '-' + encodeURIComponent(p.data.target);
          } else {
            var q = new URLSearchParams({
              ids: p.data.eventIds.join(','),
              title: 'Events of ' + labels[p.data.source] + ' and ' + labels[p.data.target]
            });
            window.location.href = '/events?' + q.toString();
          }
        }
      });
      /* check what was drawn: every node and its label inside the canvas, none under the legend */
      var overflow = 0;
      var underLegend = 0;
      data.forEach(function (d) {
        if (String(d.id).indexOf('__corner') === 0) {
          return;
        }
        var p = chart.convertToPixel({ seriesIndex: 0 }, [d.x, d.y]);
        var half = d.symbolSize / 2;
        var labelWidth = Math.min(labelRoom, ctx.measureText(d.name).width);
        if (p[0] - half < 0 || p[0] + half + 5 + labelWidth > width || p[1] + half > height) {
          overflow++;
        }
        if (p[1] - half < LEGEND) {
          underLegend++;
        }
      });
      var marks = {};
      categories.forEach(function (c) { marks[c.symbol + '|' + c.itemStyle.color] = true; });
      el.setAttribute('data-overflow', String(overflow));
      el.setAttribute('data-under-legend', String(underLegend));
      el.setAttribute('data-countries', String(countries.length));
      el.setAttribute('data-marks', String(Object.keys(marks).length));
      el.setAttribute('data-nodes', String(nodes.length));
      el.setAttribute('data-width', String(width));
  }
}());
