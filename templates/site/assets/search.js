/* Search in the browser: lunr indexes the documents of search-index.js when the page loads, and
   the form shows the pages that match. Without JavaScript the page lists every page A to Z. */
(function () {
  'use strict';
  var docs = window.PMO_SEARCH_DOCS || [];
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-q');
  var out = document.getElementById('search-results');
  if (!form || !input || !out || typeof window.lunr !== 'function') {
    return;
  }
  var byId = {};
  docs.forEach(function (d) { byId[d.id] = d; });
  var index = window.lunr(function () {
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('summary', { boost: 3 });
    this.field('text');
    docs.forEach(function (d) { this.add(d); }, this);
  });

  function search(q) {
    var tokens = window.lunr.tokenizer(q);
    if (tokens.length === 0) {
      return [];
    }
    return index.query(function (query) {
      tokens.forEach(function (token) {
        var t = token.toString();
        query.term(t, { boost: 10 });
        query.term(t, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING });
      });
    });
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function show(q) {
    out.textContent = '';
    if (!q.trim()) {
      return;
    }
    var results = search(q);
    var count = results.length;
    out.appendChild(element('h2', 'search-results__title',
      count + (count === 1 ? ' result' : ' results') + ' for ‘' + q.trim() + '’'));
    if (count === 0) {
      out.appendChild(element('p', '', 'Try another word, or browse every page A to Z below.'));
      return;
    }
    var list = element('ol', 'search-results__list');
    results.forEach(function (r) {
      var d = byId[r.ref];
      var item = element('li', 'search-results__item');
      var title = element('h3', 'search-results__heading');
      var link = element('a', '', d.title);
      link.href = d.id;
      title.appendChild(link);
      item.appendChild(title);
      item.appendChild(element('p', 'search-results__kind')).appendChild(element('span', 'tag', d.kind));
      if (d.summary) {
        item.appendChild(element('p', 'search-results__summary', d.summary));
      }
      list.appendChild(item);
    });
    out.appendChild(list);
  }

  var params = new URLSearchParams(window.location.search);
  var initial = params.get('q') || '';
  input.value = initial;
  show(initial);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    try {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (e) {
      // Some browsers refuse to change the address of a file:// page; the results still show.
    }
  });
}());
