/* Guidepost default theme: search, on the search page only.
   The form is a plain GET form: this script reads q from the address, loads the site's search
   index (the form's data-index, on this site only) and lists the pages that contain every word.
   Matching ignores case and accents. Without the script, the page shows links to find pages.
   Plain ES2017: no libraries, no network but the index, no storage, no cookies.
   Everything from the index is inserted as text (textContent, createElement), never as HTML. */
(function () {
  "use strict";

  var MAX_RESULTS = 30;
  var EXCERPT_BEFORE = 70;   /* characters shown before the first match */
  var EXCERPT_LENGTH = 220;  /* characters in an excerpt, about two lines on a phone */
  var FIELDS = ["title", "keywords", "headings", "summary", "text"];
  var WEIGHTS = { title: 12, keywords: 8, headings: 5, summary: 3, text: 1 };

  var WORDS = {
    en: {
      count: function (n, q) { return (n === 1 ? "1 result" : n + " results") + " for “" + q + "”"; },
      none: function (q) { return "No results for “" + q + "”. Try fewer words, or other words."; },
      more: function (n) { return "Showing the first " + n + "."; },
      empty: "Type one or more words, then press Search.",
      loading: "Loading search…",
      failed: "Search could not load. You can still find every page with the links above.",
      kinds: {
        article: "Article", section: "Section", group: "Support group",
        "group-type": "Kind of group", comparison: "Comparison", home: "Home page",
        tags: "Topics", tag: "Topic"
      }
    },
    es: {
      count: function (n, q) { return (n === 1 ? "1 resultado" : n + " resultados") + " para “" + q + "”"; },
      none: function (q) { return "Ningún resultado para “" + q + "”. Pruebe con menos palabras o con otras."; },
      more: function (n) { return "Se muestran los primeros " + n + "."; },
      empty: "Escriba una o más palabras y pulse Buscar.",
      loading: "Cargando la búsqueda…",
      failed: "No se pudo cargar la búsqueda. Puede encontrar todas las páginas con los enlaces de arriba.",
      kinds: {
        article: "Artículo", section: "Sección", group: "Grupo de apoyo",
        "group-type": "Tipo de grupo", comparison: "Comparación", home: "Página de inicio",
        tags: "Temas", tag: "Tema"
      }
    }
  };
  var lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  var words = WORDS[lang] || WORDS.en;

  var form = document.querySelector("form[data-index]");
  var input = form && form.querySelector("input[name=q]");
  var results = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  var indexUrl = form && sameSiteUrl(form.getAttribute("data-index"));
  if (!input || !results || !indexUrl) return; /* the fallback links stay visible */
  if (fallback) fallback.hidden = true;

  // MARK: - Text folding: case, accents and typographic variants

  var MARKS = /[\u0300-\u036f]/g;

  function fold(value) {
    return String(value).normalize("NFD").replace(MARKS, "").toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, "-");
  }

  /* Folds text one character at a time and remembers, for each folded character, where it came
     from, so that a match found in folded text can be shown in the original text. */
  function foldWithMap(value) {
    var out = "";
    var map = [];
    for (var i = 0; i < value.length;) {
      var code = value.charCodeAt(i);
      if (code < 128) {
        out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : value[i];
        map.push(i);
        i += 1;
        continue;
      }
      var ch = String.fromCodePoint(value.codePointAt(i));
      var folded = fold(ch);
      for (var k = 0; k < folded.length; k++) map.push(i);
      out += folded;
      i += ch.length;
    }
    map.push(value.length);
    return { text: out, map: map };
  }

  var EDGES = /^[\s"'«»¿?¡!.,;:()[\]{}<>*]+|[\s"'«»¿?¡!.,;:()[\]{}<>*]+$/g;

  function queryWords(query) {
    var seen = Object.create(null);
    return fold(query).split(/\s+/).map(function (word) { return word.replace(EDGES, ""); })
      .filter(function (word) {
        if (!word || seen[word]) return false;
        seen[word] = true;
        return true;
      });
  }

  // MARK: - The index

  function sameSiteUrl(value) {
    if (!value) return null;
    try {
      var url = new URL(value, window.location.href);
      return url.origin === window.location.origin ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function asText(value) { return typeof value === "string" ? value : ""; }
  function asList(value) { return Array.isArray(value) ? value.filter(function (v) { return typeof v === "string"; }) : []; }

  /* Keeps the entries that have a title and an address on this site, with their fields folded once. */
  function prepare(data) {
    var pages = data && Array.isArray(data.pages) ? data.pages : [];
    return pages.map(function (entry, position) {
      var url = entry && sameSiteUrl(asText(entry.url));
      var title = entry && asText(entry.title).trim();
      if (!url || !title) return null;
      var page = {
        position: position,
        url: url,
        title: title,
        kind: asText(entry.kind),
        summary: asText(entry.summary),
        text: asText(entry.text),
        folded: {}
      };
      var values = {
        title: title,
        keywords: asList(entry.keywords).join("\n"),
        headings: asList(entry.headings).join("\n"),
        summary: page.summary,
        text: page.text
      };
      FIELDS.forEach(function (field) { page.folded[field] = fold(values[field]); });
      return page;
    }).filter(Boolean);
  }

  var loading = null;

  function loadIndex() {
    if (!loading) {
      loading = window.fetch(indexUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(prepare)
        .catch(function (error) {
          loading = null; /* the next search tries again */
          throw error;
        });
    }
    return loading;
  }

  // MARK: - Matching and scoring

  function startsWord(text, at) {
    if (at === 0) return true;
    var before = text[at - 1];
    return before.toLowerCase() === before.toUpperCase() && !/[0-9]/.test(before);
  }

  /* 0 when a word is missing; otherwise the sum over words and fields of the field's weight,
     doubled when the word starts a word there. */
  function score(page, terms, phrase) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var found = false;
      for (var f = 0; f < FIELDS.length; f++) {
        var field = FIELDS[f];
        var at = page.folded[field].indexOf(terms[t]);
        if (at === -1) continue;
        found = true;
        total += WEIGHTS[field] * (startsWord(page.folded[field], at) ? 2 : 1);
      }
      if (!found) return 0;
    }
    if (page.folded.title === phrase) total += 50;
    else if (terms.length > 1 && page.folded.title.indexOf(phrase) !== -1) total += 20;
    return total;
  }

  function search(pages, terms) {
    var phrase = terms.join(" ");
    return pages
      .map(function (page) { return { page: page, score: score(page, terms, phrase) }; })
      .filter(function (match) { return match.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.page.position - b.page.position; });
  }

  // MARK: - Showing results

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* The ranges [start, end) of the original text where any term occurs, merged. */
  function matchRanges(folded, terms, from, to) {
    var ranges = [];
    terms.forEach(function (term) {
      for (var at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + term.length)) {
        var start = folded.map[at];
        var end = Math.max(folded.map[at + term.length], start + 1);
        if (start >= to) break;
        if (end > from) ranges.push([Math.max(start, from), Math.min(end, to)]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    return ranges.reduce(function (merged, range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range);
      return merged;
    }, []);
  }

  /* Appends text[from, to) to parent, with the matches in <mark>. */
  function appendMarked(parent, text, folded, terms, from, to) {
    var cursor = from;
    matchRanges(folded, terms, from, to).forEach(function (range) {
      if (range[0] > cursor) parent.appendChild(document.createTextNode(text.slice(cursor, range[0])));
      parent.appendChild(element("mark", "", text.slice(range[0], range[1])));
      cursor = range[1];
    });
    if (cursor < to) parent.appendChild(document.createTextNode(text.slice(cursor, to)));
  }

  /* A short passage of the page's text around the first match, or null when the text has none. */
  function excerpt(text, terms) {
    if (!text) return null;
    var folded = foldWithMap(text);
    var first = -1;
    var firstEnd = 0;
    terms.forEach(function (term) {
      var at = folded.text.indexOf(term);
      if (at !== -1 && (first === -1 || folded.map[at] < first)) {
        first = folded.map[at];
        firstEnd = folded.map[at + term.length];
      }
    });
    if (first === -1) return null;
    var start = Math.max(0, first - EXCERPT_BEFORE);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space !== -1 && space < first) start = space + 1;
    }
    var end = Math.min(text.length, Math.max(start + EXCERPT_LENGTH, firstEnd));
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(" ", end);
      if (lastSpace > firstEnd) end = lastSpace;
    }
    var paragraph = element("p", "search-excerpt");
    if (start > 0) paragraph.appendChild(document.createTextNode("… "));
    appendMarked(paragraph, text, folded, terms, start, end);
    if (end < text.length) paragraph.appendChild(document.createTextNode(" …"));
    return paragraph;
  }

  function resultItem(page, terms) {
    var item = element("li", "search-result");
    var heading = element("h2");
    var link = element("a", "", page.title);
    link.href = page.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var kind = words.kinds[page.kind];
    if (kind) item.appendChild(element("p", "meta", kind));
    if (page.summary) {
      var summary = element("p", "search-summary");
      appendMarked(summary, page.summary, foldWithMap(page.summary), terms, 0, page.summary.length);
      item.appendChild(summary);
    }
    var passage = excerpt(page.text, terms);
    if (passage) item.appendChild(passage);
    return item;
  }

  function show(status, list) {
    results.textContent = "";
    results.appendChild(element("p", "search-status", status));
    if (list) results.appendChild(list);
  }

  var latest = 0;

  function run(query) {
    var request = ++latest;
    var shown = query.trim().replace(/\s+/g, " ");
    var terms = queryWords(query);
    if (!terms.length) {
      show(shown ? words.none(shown) : words.empty);
      return;
    }
    show(words.loading);
    loadIndex().then(function (pages) {
      if (request !== latest) return;
      var matches = search(pages, terms);
      if (!matches.length) {
        show(words.none(shown));
        return;
      }
      var status = words.count(matches.length, shown);
      if (matches.length > MAX_RESULTS) status += ". " + words.more(MAX_RESULTS);
      var list = element("ol", "page-list search-list");
      matches.slice(0, MAX_RESULTS).forEach(function (match) { list.appendChild(resultItem(match.page, terms)); });
      show(status, list);
    }, function () {
      if (request !== latest) return;
      if (fallback) fallback.hidden = false;
      show(words.failed);
    });
  }

  // MARK: - Wiring

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    /* The query stays out of the address on purpose: on a shared device, browser history
       should not show what a reader searched for. */
    run(input.value);
  });

  /* Load the index when the reader is about to search, not before. */
  input.addEventListener("focus", function () { loadIndex().catch(function () {}); }, { once: true });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
