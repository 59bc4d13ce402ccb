/*
 * The review page: renders the embedded report data with DOM text nodes only (never innerHTML), so any text in
 * a sentence or a glossary cell shows as text. Uses ReportLib (lib.js) for term matching and CSV writing.
 */
(function () {
  'use strict';
  /* global ReportLib */
  var L = ReportLib;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var g = data.glossary;

  function $(id) {
    return document.getElementById(id);
  }
  /** Element with attributes and children (strings become text nodes). */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'class') e.className = attrs[k];
      else if (k === 'text') e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }
  function bandOf(score) {
    if (score === null) return 'none';
    for (var i = 0; i < data.bands.length; i++) if (score >= data.bands[i].min) return data.bands[i].name;
    return data.bands[data.bands.length - 1].name;
  }

  // ---- Alignment view -------------------------------------------------------------------------------------
  var sentenceText = { ar: {}, en: {} }; // lang → index → the .t element holding the sentence text

  function sentenceCell(lang, indices) {
    var td = el('td', { class: 'side ' + lang, lang: lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
    if (!indices.length) {
      td.appendChild(el('span', { class: 'none', lang: 'en', dir: 'ltr', text: 'no partner' }));
      return td;
    }
    indices.forEach(function (i) {
      var t = el('span', { class: 't', text: data[lang][i] });
      sentenceText[lang][i] = t;
      td.appendChild(el('p', { class: 's', 'data-i': String(i) }, [el('span', { class: 'n', dir: 'ltr', text: String(i + 1) }), t]));
    });
    return td;
  }

  var rowEls = data.rows.map(function (r, k) {
    var band = bandOf(r.score);
    var grouped = r.ar.length > 1 || r.en.length > 1;
    var badge = [el('span', { class: 'score', text: r.score === null ? '—' : r.score.toFixed(2) })];
    if (grouped) badge.push(el('span', { class: 'shape', title: 'sentences grouped in this link (Arabic–English)', text: r.ar.length + '–' + r.en.length }));
    var related = r.kind === 'related';
    if (related) badge.push(el('span', { class: 'kind', title: 'related: the two sentences share content (names, figures, one claim) without saying the same thing; they also appear in other rows', text: 'related' }));
    var tr = el('tr', {
      class: 'link band-' + band + (grouped ? ' grouped' : '') + (related ? ' related' : '') + (r.score === null ? ' unaligned' : ''),
      'data-row': String(k),
      'data-score': r.score === null ? '' : String(r.score),
    }, [sentenceCell('en', r.en), el('td', { class: 'mid' }, badge), sentenceCell('ar', r.ar)]);
    return tr;
  });

  var tbody = $('links-body');
  var order = 'ar';
  function renderOrder() {
    data.order[order].forEach(function (k) {
      tbody.appendChild(rowEls[k]);
    });
    document.querySelectorAll('#order-toggle button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-order') === order));
    });
  }

  function applyLinkFilter() {
    var min = Number($('min-score').value);
    var showUnaligned = $('show-unaligned').checked;
    $('min-score-value').textContent = min.toFixed(2);
    var shown = 0;
    var links = 0;
    data.rows.forEach(function (r, k) {
      var visible = r.score === null ? showUnaligned : r.score >= min;
      rowEls[k].hidden = !visible;
      if (r.score !== null) {
        links++;
        if (visible) shown++;
      }
    });
    $('link-count').textContent = shown + ' of ' + links + ' links shown';
  }

  function legend() {
    var box = $('legend');
    data.bands.forEach(function (b) {
      box.appendChild(el('span', { class: 'key band-' + b.name }, [el('i'), b.label]));
    });
    box.appendChild(el('span', { class: 'key band-none' }, [el('i'), 'unaligned']));
    box.appendChild(el('span', { class: 'key grouped-key' }, [el('i'), 'grouped (1–2)']));
  }

  // ---- Highlighting ---------------------------------------------------------------------------------------
  function paint(t, text, ranges) {
    while (t.firstChild) t.removeChild(t.firstChild);
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] > at) t.appendChild(document.createTextNode(text.slice(at, r[0])));
      t.appendChild(el('mark', { class: 'hit', text: text.slice(r[0], r[1]) }));
      at = r[1];
    });
    if (at < text.length) t.appendChild(document.createTextNode(text.slice(at)));
  }

  var selected = -1;
  var painted = { ar: [], en: [] }; // sentences that hold marks now
  function highlight(row) {
    selected = selected === row ? -1 : row;
    var counts = { ar: 0, en: 0 };
    ['ar', 'en'].forEach(function (lang) {
      var term = selected >= 0 ? cell(selected, lang) : '';
      painted[lang].forEach(function (i) {
        paint(sentenceText[lang][i], data[lang][i], []);
      });
      painted[lang] = [];
      if (!term) return;
      data[lang].forEach(function (text, i) {
        var ranges = L.findTerm(text, term, lang);
        if (!ranges.length || !sentenceText[lang][i]) return;
        counts[lang] += ranges.length;
        paint(sentenceText[lang][i], text, ranges);
        painted[lang].push(i);
      });
    });
    termRows.forEach(function (tr, r) {
      tr.classList.toggle('selected', r === selected);
    });
    var status = $('highlight-status');
    status.textContent = '';
    if (selected >= 0) {
      status.appendChild(document.createTextNode('“' + cell(selected, 'en') + '” ' + counts.en + '× in English, '));
      status.appendChild(el('bdi', { lang: 'ar', text: cell(selected, 'ar') }));
      status.appendChild(document.createTextNode(' ' + counts.ar + '× in Arabic'));
      var first = document.querySelector('mark.hit');
      if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
    }
  }

  // ---- Glossary view --------------------------------------------------------------------------------------
  var cells = g ? g.rows.map(function (r) { return r.slice(); }) : [];
  var termRows = [];
  // Rows as last downloaded (or as loaded), to count the rows whose changes are not downloaded yet.
  var saved = cells.map(function (r) { return r.join('\u0000'); });
  function unsaved() {
    return cells.filter(function (r, k) { return r.join('\u0000') !== saved[k]; }).length;
  }

  function col(name) {
    return g ? g.columns.indexOf(name) : -1;
  }
  function cell(r, name) {
    var i = col(name);
    return i >= 0 ? cells[r][i] || '' : '';
  }
  function setCell(r, name, value) {
    var i = col(name);
    if (i < 0 || cells[r][i] === value) return;
    while (cells[r].length < g.columns.length) cells[r].push('');
    cells[r][i] = value;
  }

  function termButton(r, lang) {
    var b = el('button', { type: 'button', class: 'term', lang: lang, dir: lang === 'ar' ? 'rtl' : 'ltr', title: 'highlight in both texts' });
    b.textContent = cell(r, lang);
    b.addEventListener('click', function () {
      highlight(r);
    });
    return b;
  }

  function renderTermRow(r) {
    var tr = termRows[r];
    var status = cell(r, 'status') || 'proposed';
    tr.className = 'term-row status-' + status.replace(/[^a-z]/gi, '') + (r === selected ? ' selected' : '');
    tr.setAttribute('data-status', status);
    while (tr.firstChild) tr.removeChild(tr.firstChild);
    var actions = el('td', { class: 'actions' });
    if (tr.editing) {
      var inputs = {};
      ['en', 'ar', 'note'].forEach(function (name) {
        if (col(name) >= 0) inputs[name] = el('input', { type: 'text', name: name, lang: name === 'ar' ? 'ar' : 'en', dir: name === 'ar' ? 'rtl' : 'ltr', 'aria-label': name });
        if (inputs[name]) inputs[name].value = cell(r, name);
      });
      var save = el('button', { type: 'button', class: 'save', text: 'Save' });
      save.addEventListener('click', function () {
        var changedPair = ['en', 'ar'].some(function (n) { return inputs[n] && inputs[n].value !== cell(r, n); });
        Object.keys(inputs).forEach(function (n) { setCell(r, n, inputs[n].value); });
        // A corrected pair is the reviewer's: approve it, or the next run would replace it with a proposal.
        if (changedPair && (cell(r, 'status') || 'proposed') === 'proposed') setCell(r, 'status', 'approved');
        tr.editing = false;
        refreshTerms();
      });
      var cancel = el('button', { type: 'button', class: 'cancel', text: 'Cancel' });
      cancel.addEventListener('click', function () {
        tr.editing = false;
        renderTermRow(r);
      });
      tr.appendChild(el('td', { class: 'status' }, [status]));
      tr.appendChild(el('td', { class: 'en', lang: 'en' }, inputs.en ? [inputs.en] : []));
      tr.appendChild(el('td', { class: 'ar', lang: 'ar', dir: 'rtl' }, inputs.ar ? [inputs.ar] : []));
      tr.appendChild(el('td', { class: 'type', text: cell(r, 'type') }));
      tr.appendChild(el('td', { class: 'num', text: cell(r, 'score') }));
      tr.appendChild(el('td', { class: 'note' }, inputs.note ? [inputs.note] : []));
      actions.appendChild(save);
      actions.appendChild(cancel);
      tr.appendChild(actions);
      return;
    }
    var en = el('td', { class: 'en', lang: 'en', title: cell(r, 'en_context') }, [termButton(r, 'en')]);
    var ar = el('td', { class: 'ar', lang: 'ar', dir: 'rtl', title: cell(r, 'ar_context') }, [termButton(r, 'ar')]);
    [['approve', 'approved', '✓', 'Approve'], ['reject', 'rejected', '✗', 'Reject']].forEach(function (a) {
      var on = status === a[1];
      var b = el('button', { type: 'button', class: a[0], 'aria-label': a[3], 'aria-pressed': String(on), title: on ? a[3] + 'd: click to undo' : a[3] }, [a[2]]);
      b.addEventListener('click', function () {
        setCell(r, 'status', on ? 'proposed' : a[1]);
        refreshTerms();
      });
      actions.appendChild(b);
    });
    var edit = el('button', { type: 'button', class: 'edit', 'aria-label': 'Edit', title: 'Edit the pair or the note' }, ['✎']);
    edit.addEventListener('click', function () {
      tr.editing = true;
      renderTermRow(r);
    });
    actions.appendChild(edit);
    tr.appendChild(el('td', { class: 'status' }, [status]));
    tr.appendChild(en);
    tr.appendChild(ar);
    tr.appendChild(el('td', { class: 'type', text: cell(r, 'type') }));
    tr.appendChild(el('td', { class: 'num', text: cell(r, 'score') }));
    tr.appendChild(el('td', { class: 'note', text: cell(r, 'note') }));
    tr.appendChild(actions);
  }

  function applyTermFilter() {
    var type = $('type-filter').value;
    var status = $('status-filter').value;
    var min = Number($('term-min-score').value);
    $('term-min-score-value').textContent = min.toFixed(2);
    var counts = { proposed: 0, approved: 0, rejected: 0 };
    var shown = 0;
    termRows.forEach(function (tr, r) {
      var s = cell(r, 'status') || 'proposed';
      if (counts[s] !== undefined) counts[s]++;
      var score = Number(cell(r, 'score'));
      var visible = (!type || cell(r, 'type') === type) && (!status || s === status) && (col('score') < 0 || !(score < min));
      tr.hidden = !visible;
      if (visible) shown++;
    });
    $('term-count').textContent = shown + ' of ' + termRows.length + ' terms shown · ' + counts.proposed + ' proposed, ' +
      counts.approved + ' approved, ' + counts.rejected + ' rejected' + (unsaved() ? ' · ' + unsaved() + ' changed row(s) not downloaded' : '');
  }

  function refreshTerms() {
    termRows.forEach(function (_, r) {
      if (!termRows[r].editing) renderTermRow(r);
    });
    applyTermFilter();
  }

  function download() {
    var csv = L.toCsv(g.columns, cells);
    var url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    var a = el('a', { href: url, download: g.file });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    saved = cells.map(function (r) { return r.join('\u0000'); });
    applyTermFilter();
  }

  function setupGlossary() {
    if (!g) {
      $('glossary').appendChild(el('p', { class: 'empty', text: 'No glossary for this pair.' }));
      $('glossary-tools').hidden = true;
      return;
    }
    var types = [];
    cells.forEach(function (_, r) {
      var t = cell(r, 'type');
      if (t && types.indexOf(t) < 0) types.push(t);
    });
    types.forEach(function (t) {
      $('type-filter').appendChild(el('option', { value: t, text: t }));
    });
    if (col('note') < 0) $('note-head').textContent = '';
    var body = $('terms-body');
    cells.forEach(function (_, r) {
      var tr = el('tr', { 'data-term': String(r) });
      termRows.push(tr);
      body.appendChild(tr);
      renderTermRow(r);
    });
    ['type-filter', 'status-filter', 'term-min-score'].forEach(function (id) {
      $(id).addEventListener('input', applyTermFilter);
    });
    $('download').addEventListener('click', download);
    applyTermFilter();
    window.addEventListener('beforeunload', function (e) {
      if (unsaved()) e.preventDefault();
    });
  }

  // ---- Start ----------------------------------------------------------------------------------------------
  legend();
  renderOrder();
  if (data.mode !== 'comparable') $('order-toggle').hidden = true;
  document.querySelectorAll('#order-toggle button').forEach(function (b) {
    b.addEventListener('click', function () {
      order = b.getAttribute('data-order');
      renderOrder();
    });
  });
  $('min-score').addEventListener('input', applyLinkFilter);
  $('show-unaligned').addEventListener('change', applyLinkFilter);
  applyLinkFilter();
  setupGlossary();
  document.documentElement.setAttribute('data-ready', 'true');
})();
