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

  // ---- Alignment view and editor -------------------------------------------------------------------------
  // The rows as the reviewer has them now: links (proposed, approved, rejected) and sentences alone. Edits change
  // this list; the table is redrawn from it. Row k of the data is row k here until the first edit.
  var rows = data.rows.map(function (r) {
    return { ar: r.ar.slice(), en: r.en.slice(), score: r.score, origScore: r.score, similarity: r.similarity, status: r.score === null ? undefined : (r.status || 'proposed') };
  });
  var sentenceText = { ar: {}, en: {} }; // lang → index → the .t elements holding the sentence text
  var picked = { ar: {}, en: {} }; // sentences picked for Link / Split
  var current = -1; // the row the toolbar and keys act on
  var edits = 0; // link edits since the last download
  var rowEls = [];
  var tbody = $('links-body');
  var order = 'ar';

  function isLink(r) {
    return r.ar.length > 0 && r.en.length > 0;
  }
  function pickedList(lang) {
    return Object.keys(picked[lang]).map(Number).sort(function (a, b) { return a - b; });
  }

  /** Sentences no standing link holds get a row of their own; rows of sentences now held go. */
  function normalise() {
    var held = { ar: {}, en: {} };
    rows.forEach(function (r) {
      if (!isLink(r) || r.status === 'rejected') return;
      r.ar.forEach(function (i) { held.ar[i] = true; });
      r.en.forEach(function (j) { held.en[j] = true; });
    });
    var keep = rows.filter(function (r) {
      if (isLink(r)) return true;
      var lang = r.ar.length ? 'ar' : 'en';
      if (held[lang][r[lang][0]]) return false;
      held[lang][r[lang][0]] = true; // one row per sentence alone
      return true;
    });
    ['ar', 'en'].forEach(function (lang) {
      data[lang].forEach(function (_, i) {
        if (held[lang][i]) return;
        keep.push(lang === 'ar' ? { ar: [i], en: [], score: null } : { ar: [], en: [i], score: null });
        held[lang][i] = true;
      });
    });
    rows = keep;
  }

  function sentenceCell(lang, indices, k) {
    var td = el('td', { class: 'side ' + lang, lang: lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
    if (!indices.length) {
      td.appendChild(el('span', { class: 'none', lang: 'en', dir: 'ltr', text: 'no partner' }));
      return td;
    }
    indices.forEach(function (i) {
      var t = el('span', { class: 't', text: data[lang][i] });
      (sentenceText[lang][i] = sentenceText[lang][i] || []).push(t);
      var p = el('p', { class: 's' + (picked[lang][i] ? ' picked' : ''), 'data-i': String(i), 'data-lang': lang, title: 'click to pick for Link or Split' }, [
        el('span', { class: 'n', dir: 'ltr', text: String(i) }),
        t,
      ]);
      p.addEventListener('click', function (e) {
        if (e.target && e.target.closest && e.target.closest('mark')) return;
        if (picked[lang][i]) delete picked[lang][i];
        else picked[lang][i] = true;
        setCurrent(k);
        renderPicks();
      });
      td.appendChild(p);
    });
    return td;
  }

  function rowElement(r, k) {
    var band = r.status === 'approved' ? 'high' : bandOf(r.score);
    var grouped = r.ar.length > 1 || r.en.length > 1;
    var mid = [el('span', { class: 'score', title: 'probability that the link is right' + (r.similarity !== undefined ? ' (similarity ' + r.similarity.toFixed(2) + ')' : ''), text: r.score === null ? '—' : r.score.toFixed(2) })];
    if (grouped) mid.push(el('span', { class: 'shape', title: 'sentences grouped in this link (Arabic–English)', text: r.ar.length + '–' + r.en.length }));
    if (isLink(r)) {
      var actions = el('span', { class: 'link-actions' });
      [['approve', 'approved', '✓', 'Approve link'], ['reject', 'rejected', '✗', 'Reject link']].forEach(function (a) {
        var on = r.status === a[1];
        var b = el('button', { type: 'button', class: a[0], 'aria-label': a[3], 'aria-pressed': String(on), title: a[3] + (on ? ' (on: click to undo)' : '') + ' — key ' + a[0][0].toUpperCase() }, [a[2]]);
        b.addEventListener('click', function () {
          setCurrent(k);
          setStatus(k, on ? 'proposed' : a[1]);
        });
        actions.appendChild(b);
      });
      mid.push(actions);
    }
    var related = r.kind === 'related';
    if (related) mid.push(el('span', { class: 'kind', title: 'related: the two sentences share content (names, figures, one claim) without saying the same thing; they also appear in other rows', text: 'related' }));
    var tr = el('tr', {
      class: 'link band-' + band + (grouped ? ' grouped' : '') + (related ? ' related' : '') + (r.score === null ? ' unaligned' : '') + (r.status ? ' link-' + r.status : '') + (k === current ? ' current' : ''),
      'data-row': String(k),
      'data-score': r.score === null ? '' : String(r.score),
      'data-status': r.status || '',
    }, [sentenceCell('en', r.en, k), el('td', { class: 'mid' }, mid), sentenceCell('ar', r.ar, k)]);
    tr.querySelector('td.mid').addEventListener('click', function (e) {
      if (!(e.target && e.target.closest && e.target.closest('button'))) setCurrent(k);
    });
    return tr;
  }

  /** Redraws the table from `rows`, in the chosen order. */
  function renderLinks() {
    sentenceText = { ar: {}, en: {} };
    painted = { ar: [], en: [] };
    rowEls = rows.map(rowElement);
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    L.rowOrder(rows, order).forEach(function (k) {
      tbody.appendChild(rowEls[k]);
    });
    document.querySelectorAll('#order-toggle button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-order') === order));
    });
    applyLinkFilter();
    if (selected >= 0) {
      var again = selected;
      selected = -1;
      highlight(again);
    }
  }
  function renderOrder() {
    renderLinks();
  }

  function applyLinkFilter() {
    var min = Number($('min-score').value);
    var showUnaligned = $('show-unaligned').checked;
    $('min-score-value').textContent = min.toFixed(2);
    var shown = 0;
    var links = 0;
    var counts = { proposed: 0, approved: 0, rejected: 0 };
    rows.forEach(function (r, k) {
      var visible = r.score === null ? showUnaligned : r.status === 'approved' || r.score >= min;
      rowEls[k].hidden = !visible;
      if (r.score !== null) {
        links++;
        if (visible) shown++;
        counts[r.status || 'proposed']++;
      }
    });
    $('link-count').textContent = shown + ' of ' + links + ' links shown';
    $('link-review-count').textContent = counts.proposed + ' proposed, ' + counts.approved + ' approved, ' + counts.rejected + ' rejected' +
      (edits ? ' · ' + edits + ' link edit(s) not downloaded' : '');
    var cur = rows[current];
    var pa = pickedList('ar').length;
    var pe = pickedList('en').length;
    $('link-picked').disabled = !(pa && pe);
    $('unlink').disabled = !(cur && isLink(cur));
    $('merge').disabled = !(cur && nextRow(current) >= 0);
    $('split').disabled = !(cur && isLink(cur) && cur.ar.length + cur.en.length > 2);
    $('edit-status').textContent = (current >= 0 ? 'current row: ' + describe(cur) + ' · ' : '') + (pa || pe ? 'picked: Arabic ' + (pickedList('ar').join(', ') || '–') + ', English ' + (pickedList('en').join(', ') || '–') : 'click sentences to pick them');
  }

  function describe(r) {
    return 'Arabic ' + (r.ar.join(', ') || '–') + ' ↔ English ' + (r.en.join(', ') || '–') + (r.status ? ' (' + r.status + ')' : '');
  }

  function renderPicks() {
    document.querySelectorAll('#links-body p.s').forEach(function (p) {
      var lang = p.getAttribute('data-lang');
      p.classList.toggle('picked', !!picked[lang][Number(p.getAttribute('data-i'))]);
    });
    applyLinkFilter();
  }

  function setCurrent(k) {
    current = k;
    rowEls.forEach(function (tr, t) { tr.classList.toggle('current', t === k); });
    applyLinkFilter();
  }

  function changed(keep) {
    edits++;
    var cur = keep !== undefined ? rows[keep] : undefined;
    normalise();
    current = cur ? rows.indexOf(cur) : -1;
    renderLinks();
  }

  function setStatus(k, status) {
    var r = rows[k];
    if (!r || !isLink(r)) return;
    r.status = status;
    // An approved link is the reviewer's: as sure as it gets.
    if (status === 'approved') r.score = 1;
    else if (r.origScore !== undefined) r.score = r.origScore;
    changed(k);
  }

  /** A new approved link of the picked sentences (click one on each side, then Link or key L). */
  function linkPicked() {
    var a = pickedList('ar');
    var e = pickedList('en');
    if (!a.length || !e.length) return;
    var r = { ar: a, en: e, score: 1, status: 'approved' };
    rows.push(r);
    picked = { ar: {}, en: {} };
    changed(rows.length - 1);
  }

  /** Removes the current link: its sentences stand alone; one the aligner proposed is kept out as rejected. */
  function unlink() {
    var r = rows[current];
    if (!r || !isLink(r)) return;
    if (r.status === 'proposed' || r.status === undefined) hidden.push({ ar: r.ar, en: r.en, score: 0, status: 'rejected' });
    rows.splice(current, 1);
    changed();
  }

  /** The row after the current one in the order shown (visible rows only), or -1. */
  function nextRow(k) {
    var ord = L.rowOrder(rows, order).filter(function (t) { return !rowEls[t] || !rowEls[t].hidden; });
    var at = ord.indexOf(k);
    return at >= 0 && at + 1 < ord.length ? ord[at + 1] : -1;
  }

  function union(xs, ys) {
    var seen = {};
    return xs.concat(ys).filter(function (x) { if (seen[x]) return false; seen[x] = true; return true; }).sort(function (a, b) { return a - b; });
  }

  /** Merges the current row with the next one shown into one approved group. */
  function merge() {
    var k = current;
    var n = nextRow(k);
    if (k < 0 || n < 0) return;
    var a = rows[k];
    var b = rows[n];
    var m = { ar: union(a.ar, b.ar), en: union(a.en, b.en), score: 1, status: 'approved' };
    [a, b].forEach(function (r) {
      if (isLink(r) && (r.status === 'proposed' || r.status === undefined)) hidden.push({ ar: r.ar, en: r.en, score: 0, status: 'rejected' });
    });
    rows = rows.filter(function (r) { return r !== a && r !== b; });
    rows.push(m);
    changed(rows.length - 1);
  }

  /** Splits the current group: the picked sentences of it (else the last sentence of its larger side) leave it. */
  function split() {
    var r = rows[current];
    if (!r || !isLink(r) || r.ar.length + r.en.length <= 2) return;
    var out = { ar: r.ar.filter(function (i) { return picked.ar[i]; }), en: r.en.filter(function (j) { return picked.en[j]; }) };
    if (!out.ar.length && !out.en.length) {
      if (r.ar.length >= r.en.length) out.ar = [r.ar[r.ar.length - 1]];
      else out.en = [r.en[r.en.length - 1]];
    }
    var ar = r.ar.filter(function (i) { return out.ar.indexOf(i) < 0; });
    var en = r.en.filter(function (j) { return out.en.indexOf(j) < 0; });
    if (!ar.length || !en.length) return;
    if (r.status === 'proposed' || r.status === undefined) hidden.push({ ar: r.ar, en: r.en, score: 0, status: 'rejected' });
    var m = { ar: ar, en: en, score: 1, status: 'approved' };
    rows[current] = m;
    picked = { ar: {}, en: {} };
    changed(current);
  }

  // Links the reviewer took apart (unlinked, merged, split): written as rejected so the aligner does not put them back.
  var hidden = [];

  function currentRows() {
    return rows.concat(hidden.filter(function (h) {
      return !rows.some(function (r) { return r.ar.join() === h.ar.join() && r.en.join() === h.en.join(); });
    }));
  }

  function save(text, type, name) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function downloadLinks() {
    save(L.toJsonl(currentRows(), data.ar, data.en, data.carried), 'application/x-ndjson;charset=utf-8', data.linksFile);
    edits = 0;
    applyLinkFilter();
  }
  function downloadTmx() {
    save(L.toTmx(rows, data.ar, data.en, data.tmxLangs, new Date(), data.mode), 'application/x-tmx+xml;charset=utf-8', data.tmxFile);
  }

  function moveCurrent(step) {
    var ord = L.rowOrder(rows, order).filter(function (t) { return !rowEls[t].hidden; });
    var at = ord.indexOf(current);
    var to = ord[Math.max(0, Math.min(ord.length - 1, at < 0 ? 0 : at + step))];
    if (to !== undefined) {
      setCurrent(to);
      if (rowEls[to].scrollIntoView) rowEls[to].scrollIntoView({ block: 'nearest' });
    }
  }

  function setupEditor() {
    $('link-picked').addEventListener('click', linkPicked);
    $('unlink').addEventListener('click', unlink);
    $('merge').addEventListener('click', merge);
    $('split').addEventListener('click', split);
    $('download-links').addEventListener('click', downloadLinks);
    $('download-tmx').addEventListener('click', downloadTmx);
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      var k = e.key.toLowerCase();
      var act = {
        a: function () { if (rows[current]) setStatus(current, rows[current].status === 'approved' ? 'proposed' : 'approved'); },
        r: function () { if (rows[current]) setStatus(current, rows[current].status === 'rejected' ? 'proposed' : 'rejected'); },
        l: linkPicked,
        u: unlink,
        m: merge,
        s: split,
        j: function () { moveCurrent(1); },
        k: function () { moveCurrent(-1); },
        arrowdown: function () { moveCurrent(1); },
        arrowup: function () { moveCurrent(-1); },
        escape: function () { picked = { ar: {}, en: {} }; renderPicks(); },
      }[k];
      if (!act) return;
      e.preventDefault();
      act();
    });
    window.addEventListener('beforeunload', function (e) {
      if (edits) e.preventDefault();
    });
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
        (sentenceText[lang][i] || []).forEach(function (t) { paint(t, data[lang][i], []); });
      });
      painted[lang] = [];
      if (!term) return;
      data[lang].forEach(function (text, i) {
        var ranges = L.findTerm(text, term, lang);
        if (!ranges.length || !sentenceText[lang][i]) return;
        counts[lang] += ranges.length;
        sentenceText[lang][i].forEach(function (t) { paint(t, text, ranges); });
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
  /** The decision a row's status cell stands for, read as the tool reads it (the page itself writes only the three words). */
  function statusOf(r) {
    var s = cell(r, 'status');
    if (s === 'proposed' || s === 'approved' || s === 'rejected') return s;
    return (g.statuses && g.statuses[s]) || 'proposed';
  }
  /** The decision, with the file's own word beside it when that is another spelling ("approved (Yes)"). */
  function statusLabel(r) {
    var raw = cell(r, 'status').trim();
    return raw === '' || raw === statusOf(r) ? statusOf(r) : statusOf(r) + ' (' + raw + ')';
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
    var status = statusOf(r);
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
        if (changedPair && statusOf(r) === 'proposed') setCell(r, 'status', 'approved');
        tr.editing = false;
        refreshTerms();
      });
      var cancel = el('button', { type: 'button', class: 'cancel', text: 'Cancel' });
      cancel.addEventListener('click', function () {
        tr.editing = false;
        renderTermRow(r);
      });
      tr.appendChild(el('td', { class: 'status' }, [statusLabel(r)]));
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
    tr.appendChild(el('td', { class: 'status' }, [statusLabel(r)]));
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
      var s = statusOf(r);
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
  setupEditor();
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
