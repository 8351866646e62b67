/*
 * "Who met whom": meetings (CONSULT events) as a force-directed graph from /api/graph. The filters come
 * from data- attributes of #graph (set by the server from the form). Clicking a person opens their page,
 * a country its articles; clicking an edge lists its events (people) or opens the relationship (countries).
 * External file: the CSP allows no inline script.
 */
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var level = el.getAttribute('data-level') === 'country' ? 'country' : 'person';
  var params = new URLSearchParams({ level: level });
  ['from', 'to'].forEach(function (name) {
    var value = el.getAttribute('data-' + name);
    if (value) {
      params.set(name, value);
    }
  });

  function show(message) {
    el.textContent = '';
    var p = document.createElement('p');
    p.className = 'chart-fallback';
    p.textContent = message;
    el.appendChild(p);
  }

  function edgeIds(edge) {
    return edge.event_ids || edge.eventIds || [];
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
        show('No meetings in this period.');
        el.setAttribute('data-ready', 'empty');
        return;
      }
      var labels = {};
      var countries = [];
      nodes.forEach(function (n) {
        labels[n.id] = n.label;
        var c = n.country || 'unknown';
        if (countries.indexOf(c) < 0) {
          countries.push(c);
        }
      });
      var maxEvents = Math.max.apply(null, nodes.map(function (n) { return n.events || 1; }));
      el.textContent = '';
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        tooltip: {
          formatter: function (p) {
            // tooltips are text, not HTML: escape what the data holds
            var esc = function (s) {
              return String(s).replace(/[&<>"']/g, function (c) {
                return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
              });
            };
            if (p.dataType === 'edge') {
              return esc(labels[p.data.source] + ' – ' + labels[p.data.target]) + ': ' + p.data.events + ' meeting(s)';
            }
            return esc(p.data.name) + (p.data.country ? ' (' + esc(p.data.country) + ')' : '') + ': ' + p.data.events + ' meeting(s)';
          }
        },
        legend: { type: 'scroll', top: 0, data: countries },
        series: [{
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          categories: countries.map(function (c) { return { name: c }; }),
          label: { show: true, position: 'right', formatter: '{b}' },
          labelLayout: { hideOverlap: true },
          force: { repulsion: 420, edgeLength: [80, 200], gravity: 0.06 },
          lineStyle: { color: 'source', opacity: 0.6, curveness: 0.1 },
          emphasis: { focus: 'adjacency' },
          data: nodes.map(function (n) {
            return {
              id: n.id,
              name: n.label,
              country: n.country,
              events: n.events,
              category: countries.indexOf(n.country || 'unknown'),
              symbolSize: 10 + 30 * Math.sqrt((n.events || 1) / maxEvents)
            };
          }),
          links: edges.map(function (e) {
            return {
              source: e.source,
              target: e.target,
              events: e.events,
              eventIds: edgeIds(e),
              lineStyle: { width: Math.min(8, 1 + Math.log2(1 + (e.events || 1))) }
            };
          })
        }]
      });
      chart.on('click', function (p) {
        if (p.dataType === 'node') {
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
              title: 'Meetings of ' + labels[p.data.source] + ' and ' + labels[p.data.target]
            });
            window.location.href = '/events?' + q.toString();
          }
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-ready', 'graph');
    })
    .catch(function (err) {
      show('The graph could not be loaded (' + err.message + ').');
      el.setAttribute('data-ready', 'error');
    });
}());
