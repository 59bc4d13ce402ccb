/*
 * Pure helpers of the review page (no DOM): finding a glossary term in a sentence, and writing the glossary
 * CSV. A classic script defining one global, so Node tests can run it in a sandbox (test/report-lib.test.ts).
 * The Arabic rules mirror src/arabic/normalize.ts and src/arabic/clitics.ts; the tests hold them equal.
 */
// eslint-disable-next-line no-unused-vars
var ReportLib = (function () {
  'use strict';

  var DIACRITIC = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
  var FOLD = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'گ': 'ك', 'پ': 'ب', 'ڤ': 'ف', '٫': '.' };
  var DIGITS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

  // Proclitic chains and suffixes, as in src/arabic/clitics.ts (normalised spelling: ة → ه).
  var PREFIXES = ['', 'وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال',
    'وب', 'ول', 'وك', 'فب', 'فل', 'وس', 'و', 'ف', 'ب', 'ل', 'ك', 'س'];
  // When the term has the article, the occurrence must have it too (لل is ل + ال).
  var ARTICLE_PREFIXES = ['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'لل', 'ولل', 'فلل'];
  var SUFFIXES = ['', 'هما', 'كما', 'تان', 'تين', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا',
    'يه', 'يا', 'وا', 'ه', 'ي', 'ك', 'ا', 'ت'];
  var EN_SUFFIXES = ['', 's', 'es'];

  /** One character folded as src/arabic/normalize.ts does: '' when dropped (diacritics, tatweel). */
  function foldArabic(c) {
    if (DIACRITIC.test(c)) return '';
    if (FOLD[c] !== undefined) return FOLD[c];
    for (var d = 0; d < DIGITS.length; d++) {
      var i = DIGITS[d].indexOf(c);
      if (i >= 0) return String(i);
    }
    return c;
  }

  /** One character as matching sees it: Arabic folding, lower case, curly apostrophes straight. */
  function foldChar(c) {
    if (c === '\u2019' || c === '\u2018') return "'";
    return foldArabic(c).toLowerCase();
  }

  /** The Arabic folding alone, for a whole string (kept equal to normalizeArabic by the tests). */
  function normalizeArabic(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) out += foldArabic(s[i]);
    return out;
  }

  /**
   * Folded text with, for each of its characters, the offset of the original character it came from.
   * Runs of white space become one space.
   */
  function fold(text) {
    var norm = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (/\s/.test(c)) {
        if (norm.length && norm[norm.length - 1] === ' ') continue;
        norm += ' ';
        map.push(i);
        continue;
      }
      var f = foldChar(c);
      for (var k = 0; k < f.length; k++) {
        norm += f[k];
        map.push(i);
      }
    }
    return { norm: norm, map: map };
  }

  // A page folds the same sentences at every click: keep them (a few hundred KiB for thousands of sentences).
  var folded = new Map();
  function foldCached(text) {
    var f = folded.get(text);
    if (!f) {
      f = fold(text);
      folded.set(text, f);
    }
    return f;
  }

  var WORD = /[\p{L}\p{N}\p{M}]/u;
  function isWord(c) {
    return c !== undefined && WORD.test(c);
  }

  /** Every place of `needle` in `hay`, non-overlapping, left to right. */
  function positions(hay, needle) {
    var out = [];
    if (!needle) return out;
    for (var k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + 1)) out.push(k);
    return out;
  }

  /**
   * Where a glossary term occurs in a sentence: [start, end) offsets into the original text, left to right.
   * English: case-insensitive whole words (a plural s/es may follow). Arabic: on normalised text (diacritics,
   * tatweel, alef/ya/ta marbuta forms folded), allowing proclitics before (و ف ب ل ك, ال, لل) and pronoun or
   * plural suffixes after, so "البيت الأبيض" is found in "بالبيت الأبيض" and "مبادرة" in "مبادرتهم".
   * The highlighted span is the term itself, with its article but without the proclitics.
   */
  function findTerm(text, term, lang) {
    var t = fold(term).norm.trim();
    if (!t || !text) return [];
    var f = foldCached(text);
    var hay = f.norm;
    var found = [];
    var tries = [];
    if (lang === 'ar') {
      var hasArticle = t.indexOf('ال') === 0 && t.length >= 4;
      var core = hasArticle ? t.slice(2) : t;
      tries.push({ core: core, prefixes: hasArticle ? ARTICLE_PREFIXES : PREFIXES, suffixes: SUFFIXES, article: hasArticle });
      // A word ending in ة (folded to ه) becomes ت before a suffix: مبادرة → مبادرتهم, عملة → عملات.
      if (core.length >= 3 && core[core.length - 1] === 'ه') {
        var stem = core.slice(0, -1);
        var tSuffixes = ['ات', 'تان', 'تين'].concat(SUFFIXES.filter(function (s) { return s !== ''; }).map(function (s) { return 'ت' + s; }));
        tries.push({ core: stem, prefixes: hasArticle ? ARTICLE_PREFIXES : PREFIXES, suffixes: tSuffixes, article: hasArticle });
      }
    } else {
      tries.push({ core: t, prefixes: [''], suffixes: EN_SUFFIXES, article: false });
    }
    // An acronym (US, UN) is matched in capitals only, so "US" is not found in "let us know".
    var acronym = lang !== 'ar' && /^[A-Z0-9.&\- ]+$/.test(term.trim()) && /[A-Z].*[A-Z]/.test(term);
    tries.forEach(function (tr) {
      positions(hay, tr.core).forEach(function (k) {
        var ws = k;
        while (ws > 0 && isWord(hay[ws - 1])) ws--;
        var e = k + tr.core.length;
        var we = e;
        while (we < hay.length && isWord(hay[we])) we++;
        var prefix = hay.slice(ws, k);
        if (tr.prefixes.indexOf(prefix) < 0) return;
        if (tr.suffixes.indexOf(hay.slice(e, we)) < 0) return;
        if (acronym) {
          var orig = text.slice(f.map[k], f.map[e - 1] + 1);
          if (orig !== orig.toUpperCase()) return;
        }
        var start = k;
        if (tr.article) start = prefix.slice(-2) === 'ال' ? k - 2 : k - 1;
        // English highlights the whole word (plural included); Arabic the term without its affixes.
        var end = lang === 'ar' ? e : we;
        found.push([f.map[start], end < hay.length ? f.map[end] : text.length]);
      });
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var out = [];
    found.forEach(function (r) {
      if (!out.length || r[0] >= out[out.length - 1][1]) out.push(r);
    });
    // Trailing white space or punctuation never belongs to a highlight.
    return out.map(function (r) {
      var end = r[1];
      while (end > r[0] && /\s/.test(text[end - 1])) end--;
      return [r[0], end];
    });
  }

  // Spreadsheets run cells that start with these as formulas: src/glossary/csv.ts guards them the same way.
  var NEEDS_GUARD = /^'*[=+\-@\t\r]/;
  function neutraliseFormula(cell) {
    return NEEDS_GUARD.test(cell) ? "'" + cell : cell;
  }

  /** One CSV cell, RFC 4180: quoted when it holds a comma, quote or line break, or starts or ends with space. */
  function csvCell(cell) {
    return /[",\r\n]|^\s|\s$/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
  }

  /** The glossary CSV as this tool writes it: UTF-8 BOM, header, CRLF line ends, formula guard on cells. */
  function toCsv(columns, rows) {
    var lines = [columns.map(csvCell).join(',')];
    rows.forEach(function (r) {
      lines.push(columns.map(function (_, i) { return csvCell(neutraliseFormula(r[i] === undefined ? '' : String(r[i]))); }).join(','));
    });
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }

  /**
   * Row order following one side's sentences, as src/report/model.ts rowOrder (the tests hold them equal): a row
   * with no sentence on that side follows the row holding its nearest preceding sentence on its own side.
   */
  function rowOrder(rows, side) {
    var other = side === 'ar' ? 'en' : 'ar';
    var rowOfOther = new Map();
    rows.forEach(function (r, k) { r[other].forEach(function (i) { rowOfOther.set(i, k); }); });
    function anchor(k) {
      var r = rows[k];
      if (r[side].length) return r[side][0];
      for (var i = r[other][0] - 1; i >= 0; i--) {
        var prev = rowOfOther.get(i);
        if (prev !== undefined && rows[prev][side].length) return rows[prev][side][0];
      }
      return -1;
    }
    var keys = rows.map(function (r, k) {
      return { k: k, main: anchor(k), after: r[side].length ? 0 : 1, tie: r[side].length ? (r[other].length ? r[other][0] : -1) : r[other][0] };
    });
    keys.sort(function (a, b) { return a.main - b.main || a.after - b.after || a.tie - b.tie || a.k - b.k; });
    return keys.map(function (x) { return x.k; });
  }

  function round4(x) {
    return Math.round(x * 1e4) / 1e4;
  }

  /**
   * The links file as the command line writes it (src/format/links.ts): one JSON object per line, ordered by the
   * first Arabic then the first English sentence, a sentence no link holds as a line of its own, rejected links
   * kept (so they stay rejected), then the carried lines. `rows`: {ar, en, score, similarity?, status?}.
   */
  function toJsonl(rows, ar, en, carried) {
    var links = rows.filter(function (r) { return r.ar.length && r.en.length; });
    var usedAr = {};
    var usedEn = {};
    links.forEach(function (r) {
      if (r.status === 'rejected') return;
      r.ar.forEach(function (i) { usedAr[i] = true; });
      r.en.forEach(function (j) { usedEn[j] = true; });
    });
    var lines = links.slice();
    ar.forEach(function (_, i) { if (!usedAr[i]) lines.push({ ar: [i], en: [], score: 0, status: 'proposed' }); });
    en.forEach(function (_, j) { if (!usedEn[j]) lines.push({ ar: [], en: [j], score: 0, status: 'proposed' }); });
    function first(r) {
      return [r.ar.length ? Math.min.apply(null, r.ar) : Infinity, r.en.length ? Math.min.apply(null, r.en) : Infinity];
    }
    lines = lines.map(function (r, k) { return { r: r, k: k }; }).sort(function (a, b) {
      var x = first(a.r);
      var y = first(b.r);
      return x[0] - y[0] || x[1] - y[1] || Number(a.r.status === 'rejected') - Number(b.r.status === 'rejected') || a.k - b.k;
    }).map(function (x) { return x.r; });
    function joined(texts, ids) {
      return ids.map(function (i) { return texts[i]; }).join(' ');
    }
    var out = lines.map(function (r) {
      var o = { ar: r.ar, en: r.en, score: r.status === 'rejected' ? 0 : round4(r.score === null || r.score === undefined ? 0 : r.score) };
      if (r.similarity !== undefined && r.similarity !== null && r.status !== 'rejected') o.similarity = round4(r.similarity);
      o.status = r.status || 'proposed';
      o.ar_text = joined(ar, r.ar);
      o.en_text = joined(en, r.en);
      return JSON.stringify(o);
    });
    (carried || []).forEach(function (c) { out.push(JSON.stringify(c)); });
    return out.map(function (l) { return l + '\n'; }).join('');
  }

  function xml(s) {
    // Characters XML 1.0 forbids are dropped; line breaks and tabs become spaces, as src/format/tmx.ts does.
    return String(s)
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  /** TMX 1.4 of the approved links: creationdate, tuid, BCP-47 codes (`langs`: [Arabic, English]). */
  function toTmx(rows, ar, en, langs, date, mode) {
    var stamp = date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    var tus = rows.filter(function (r) { return r.status === 'approved' && r.ar.length && r.en.length; });
    var out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
      '  <header creationtool="arabic-english-aligner" creationtoolversion="0.1.0" segtype="sentence" o-tmf="arabic-english-aligner" adminlang="en" srclang="' + xml(langs[0]) + '" datatype="plaintext" creationdate="' + stamp + '">',
      '    <prop type="x-align-mode">' + xml(mode) + '</prop>', '    <prop type="x-review">approved links only</prop>', '  </header>', '  <body>'];
    tus.forEach(function (r, t) {
      out.push('    <tu tuid="' + (t + 1) + '">');
      out.push('      <prop type="x-status">approved</prop>');
      out.push('      <prop type="x-ar-sentences">' + r.ar.join(',') + '</prop>');
      out.push('      <prop type="x-en-sentences">' + r.en.join(',') + '</prop>');
      out.push('      <tuv xml:lang="' + xml(langs[0]) + '"><seg>' + xml(r.ar.map(function (i) { return ar[i]; }).join(' ')) + '</seg></tuv>');
      out.push('      <tuv xml:lang="' + xml(langs[1]) + '"><seg>' + xml(r.en.map(function (j) { return en[j]; }).join(' ')) + '</seg></tuv>');
      out.push('    </tu>');
    });
    out.push('  </body>', '</tmx>');
    return out.join('\n') + '\n';
  }

  return {
    fold: fold,
    normalizeArabic: normalizeArabic,
    findTerm: findTerm,
    toCsv: toCsv,
    neutraliseFormula: neutraliseFormula,
    rowOrder: rowOrder,
    toJsonl: toJsonl,
    toTmx: toTmx,
  };
})();
