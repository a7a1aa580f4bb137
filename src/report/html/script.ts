/**
 * The report's inline script (plain ES5-ish JS, no dependencies). Clicking anything with
 * `data-ev` highlights its evidence in the article text with <mark> and scrolls to it; a status bar
 * steps through several spans and leads back. Spans come from the JSON block #fd-evidence as
 * [articleIndex, start, end], offsets into each article's text (a fourth element 1: into its headline);
 * paragraphs carry their start offset in `data-s`, the headline `data-t`, so marks are placed by walking text nodes, never by parsing HTML.
 */
export const SCRIPT = `(function () {
  'use strict';
  // Long sections collapse only when this script runs (styles key on .js): without it all shows.
  document.documentElement.classList.add('js');
  var dataEl = document.getElementById('fd-evidence');
  var data = dataEl ? JSON.parse(dataEl.textContent) : { spans: [], outlets: [] };
  var status = document.getElementById('fd-status');
  var msg = status && status.querySelector('.msg');
  var current = { marks: [], index: 0, origin: null, button: null };

  function unwrapAll() {
    var marks = document.querySelectorAll('mark.fd-ev');
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i], p = m.parentNode;
      while (m.firstChild) p.insertBefore(m.firstChild, m);
      p.removeChild(m);
      p.normalize();
    }
    if (current.button) current.button.classList.remove('active');
    current = { marks: [], index: 0, origin: null, button: null };
  }

  function wrapRange(block, from, to, ev) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, null);
    var pos = 0, node, pieces = [];
    while ((node = walker.nextNode())) {
      var len = node.nodeValue.length, s = Math.max(from, pos), e = Math.min(to, pos + len);
      if (e > s) pieces.push([node, s - pos, e - pos]);
      pos += len;
      if (pos >= to) break;
    }
    var made = [];
    for (var i = 0; i < pieces.length; i++) {
      var t = pieces[i][0], a = pieces[i][1], b = pieces[i][2];
      if (a > 0) { t = t.splitText(a); b -= a; }
      if (b < t.nodeValue.length) t.splitText(b);
      var mark = document.createElement('mark');
      mark.className = 'fd-ev';
      mark.setAttribute('data-ev-id', ev);
      t.parentNode.insertBefore(mark, t);
      mark.appendChild(t);
      made.push(mark);
    }
    return made;
  }

  function markSpan(id) {
    var span = data.spans[id];
    if (!span) return [];
    var root = document.getElementById('article-' + span[0]);
    if (!root) return [];
    var attr = span[3] === 1 ? 'data-t' : 'data-s';
    var blocks = root.querySelectorAll('[' + attr + ']'), made = [];
    for (var i = 0; i < blocks.length; i++) {
      var bs = +blocks[i].getAttribute(attr), be = bs + blocks[i].textContent.length;
      if (be <= span[1] || bs >= span[2]) continue;
      made = made.concat(wrapRange(blocks[i], Math.max(span[1], bs) - bs, Math.min(span[2], be) - bs, id));
    }
    return made.length ? [{ id: id, article: span[0], marks: made }] : [];
  }

  function focus(i) {
    var groups = current.marks;
    if (!groups.length) return;
    current.index = (i + groups.length) % groups.length;
    var all = document.querySelectorAll('mark.fd-focus');
    for (var k = 0; k < all.length; k++) all[k].classList.remove('fd-focus');
    var g = groups[current.index];
    for (var j = 0; j < g.marks.length; j++) g.marks[j].classList.add('fd-focus');
    g.marks[0].scrollIntoView({ block: 'center' });
    var outlet = (data.outlets && data.outlets[g.article]) || '';
    if (msg) msg.textContent = 'Evidence ' + (current.index + 1) + ' of ' + groups.length + ' \\u2014 ' + outlet + ': \\u201c' + textOf(g.marks) + '\\u201d';
    if (status) status.hidden = false;
  }

  function textOf(marks) {
    var s = '';
    for (var i = 0; i < marks.length; i++) s += (i ? ' ' : '') + marks[i].textContent;
    return s.length > 140 ? s.slice(0, 139) + '\\u2026' : s;
  }

  function show(button) {
    var ids = (button.getAttribute('data-ev') || '').split(' ').filter(Boolean).map(Number);
    if (current.button === button && current.marks.length) { focus(current.index + 1); return; }
    unwrapAll();
    current.origin = window.scrollY;
    current.button = button;
    button.classList.add('active');
    for (var i = 0; i < ids.length; i++) current.marks = current.marks.concat(markSpan(ids[i]));
    if (current.marks.length) focus(0);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var el = target && target.closest ? target.closest('[data-ev]') : null;
    if (el) { event.preventDefault(); show(el); return; }
    var action = target && target.closest ? target.closest('[data-fd-action]') : null;
    if (!action) return;
    var what = action.getAttribute('data-fd-action');
    if (what === 'next') focus(current.index + 1);
    else if (what === 'prev') focus(current.index - 1);
    else if (what === 'back') {
      var b = current.button;
      if (b) b.scrollIntoView({ block: 'center' });
      if (b && b.focus) b.focus();
    } else if (what === 'close') { unwrapAll(); if (status) status.hidden = true; }
    else if (what === 'show-all') { var box = action.closest('.collapsible'); if (box) box.classList.remove('collapsed'); }
  });

  document.addEventListener('keydown', function (event) {
    var el = event.target && event.target.closest ? event.target.closest('[data-ev]') : null;
    if (el && el.tagName !== 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); show(el); }
  });

  var toggle = document.getElementById('fd-only-diff');
  var synopsis = document.getElementById('fd-synopsis');
  if (toggle && synopsis) {
    var apply = function () { synopsis.classList.toggle('only-diff', toggle.checked); };
    toggle.addEventListener('change', apply);
    apply();
  }
})();`;
