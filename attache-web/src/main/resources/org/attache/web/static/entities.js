// Search as you type on the entity index: after a pause in typing, the list is fetched again with the form's
// filter and swapped in; the URL follows so that the view stays shareable. Without scripts the form submits.
(function () {
  'use strict';
  const form = document.getElementById('entity-filters');
  const input = document.getElementById('entity-q');
  const results = document.getElementById('entity-results');
  if (!form || !input || !results || !window.fetch) return;
  let timer = null;
  let asked = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(async function () {
      const params = new URLSearchParams(new FormData(form));
      for (const [k, v] of [...params.entries()]) { if (!v) params.delete(k); }
      const url = '/entities' + (params.toString() ? '?' + params.toString() : '');
      const mine = ++asked;
      try {
        const response = await fetch(url, { headers: { 'Accept': 'text/html' } });
        if (!response.ok || mine !== asked) return;
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = doc.getElementById('entity-results');
        if (fresh) {
          results.replaceChildren(...fresh.childNodes);
          history.replaceState(null, '', url);
        }
      } catch (e) {
        // offline or aborted: the form still submits
      }
    }, 250);
  });
})();
