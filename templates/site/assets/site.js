/* Progressive enhancement for the case-study library: with JavaScript, the filter links filter
   the list in place instead of loading a pre-rendered page. Without it, the links still work. */
(function () {
  'use strict';
  var list = document.querySelector('[data-studies][data-all]');
  var filters = document.querySelector('[data-filters]');
  if (!list || !filters) {
    return;
  }
  var cards = Array.prototype.slice.call(list.querySelectorAll('li.card'));
  var status = document.getElementById('library-count');
  var heading = document.querySelector('h1');
  var originalHeading = heading ? heading.textContent : '';
  var links = Array.prototype.slice.call(filters.querySelectorAll('a[data-facet], a[data-filter-all]'));

  function select(link) {
    links.forEach(function (l) { l.removeAttribute('aria-current'); });
    link.setAttribute('aria-current', 'true');
  }

  function show(facet, value, label) {
    var shown = 0;
    cards.forEach(function (card) {
      var values = facet ? (card.getAttribute('data-' + facet) || '').split(' ') : [];
      var match = !facet || values.indexOf(value) >= 0;
      card.hidden = !match;
      if (match) {
        shown++;
      }
    });
    var words = shown + (shown === 1 ? ' case study' : ' case studies');
    if (status) {
      status.textContent = facet ? words + ': ' + label : words;
    }
    if (heading) {
      heading.textContent = facet ? 'Case studies: ' + label : originalHeading;
    }
  }

  links.forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        return;
      }
      event.preventDefault();
      select(link);
      var facet = link.getAttribute('data-facet');
      var label = link.firstChild ? link.firstChild.textContent.trim() : '';
      show(facet, link.getAttribute('data-value'), label);
    });
  });
}());
