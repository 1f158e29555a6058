/* Guidepost default theme: search, on the search page only.
   The form is a plain GET form: this script reads q from the address and searches the site's
   index, which is split into parts (see docs/publishing.md): it loads the manifest named in the
   form's data-manifest (on this site only) when the reader is about to search, then only the
   parts a query needs, and keeps each part it loaded for the next queries. A word is found
   where it starts a word of the page; matching ignores case and accents. Without the script,
   the page shows links to find pages.
   Plain ES2017: no libraries, no network but the index, no storage, no cookies.
   Everything from the index is inserted as text (textContent, createElement), never as HTML. */
(function () {
  "use strict";

  var MAX_RESULTS = 30;
  var EXCERPT_BEFORE = 70;   /* characters shown before the first match */
  var EXCERPT_LENGTH = 220;  /* characters in an excerpt, about two lines on a phone */
  /* Field bits in the index's page lists, with their weights; TITLE_IS marks a page whose
     whole title is the term. */
  var FIELDS = [[1, 12], [2, 8], [4, 5], [8, 3], [16, 1]];
  var TITLE_IS = 32;

  /* The words, from the script element's data- attributes (data-results, data-kind-article, ...),
     which the theme writes in the page's language; each one missing is in English. {n} is a
     number and {query} the words searched for. */
  var ENGLISH = {
    "result-one": "1 result for “{query}”",
    results: "{n} results for “{query}”",
    none: "No results for “{query}”. Try fewer words, or other words.",
    more: "Showing the first {n}.",
    empty: "Type one or more words, then press Search.",
    loading: "Loading search…",
    failed: "Search could not load. You can still find every page with the links above.",
    "kind-article": "Article", "kind-section": "Section", "kind-group": "Support group",
    "kind-group-type": "Kind of group", "kind-comparison": "Comparison", "kind-home": "Home page",
    "kind-tags": "Topics", "kind-tag": "Topic"
  };
  var script = document.currentScript;
  function word(key, values) {
    var text = (script && script.getAttribute("data-" + key)) || ENGLISH[key];
    return text.replace(/\{(n|query)\}/g, function (match, name) { return name in values ? String(values[name]) : match; });
  }
  var words = {
    count: function (n, q) { return word(n === 1 ? "result-one" : "results", { n: n, query: q }); },
    none: function (q) { return word("none", { query: q }); },
    more: function (n) { return word("more", { n: n }); },
    empty: word("empty", {}),
    loading: word("loading", {}),
    failed: word("failed", {}),
    kinds: {}
  };
  ["article", "section", "group", "group-type", "comparison", "home", "tags", "tag"].forEach(function (kind) {
    words.kinds[kind] = word("kind-" + kind, {});
  });

  var form = document.querySelector("form[data-manifest]");
  var input = form && form.querySelector("input[name=q]");
  var results = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  var manifestUrl = form && sameSiteUrl(form.getAttribute("data-manifest"));
  if (!input || !results || !manifestUrl) return; /* the fallback links stay visible */
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
  function asList(value) { return Array.isArray(value) ? value : []; }

  /* Each file is fetched once; a failed fetch is forgotten, so the next search tries again. */
  var files = Object.create(null);

  function load(url) {
    if (!files[url]) {
      files[url] = window.fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .catch(function (error) {
          delete files[url];
          throw error;
        });
    }
    return files[url];
  }

  function part(path) { return new URL(path, manifestUrl).href; }

  var manifest = null;

  function loadManifest() {
    return load(manifestUrl).then(function (data) {
      if (!manifest) {
        manifest = {
          keyLength: data.keyLength || 3,
          perChunk: data.recordsPerChunk || 16,
          prefixes: new Set(asList(data.prefixes)),
          terms: new Set(asList(data.terms))
        };
      }
      return manifest;
    });
  }

  var encoder = new TextEncoder();

  /* A key as its file name: the hexadecimal digits of its UTF-8 bytes. */
  function fileName(key) {
    return Array.prototype.map.call(encoder.encode(key), function (byte) {
      return (byte < 16 ? "0" : "") + byte.toString(16);
    }).join("");
  }

  function chars(word) { return Array.from(word); }

  var TERM_LIMIT = 24; /* terms in the index are cut to this many characters */

  /* Adds a page list (pairs of distance from the previous page and field bits) to pages. */
  function addPages(pages, list, exactTitles) {
    var position = 0;
    for (var i = 0; i + 1 < list.length; i += 2) {
      position += list[i];
      pages.set(position, (pages.get(position) || 0) | (list[i + 1] & (TITLE_IS - 1)));
      if (exactTitles && (list[i + 1] & TITLE_IS)) exactTitles.add(position);
    }
  }

  /* The pages with a term that starts with word, as position -> field bits, and the pages whose
     whole title is the word. */
  function wordPages(index, word) {
    var pages = new Map();
    var exact = new Set();
    var letters = chars(word);
    if (letters.length < index.keyLength) {
      if (!index.prefixes.has(word)) return Promise.resolve({ pages: pages, exact: exact });
      return load(part("prefixes/" + fileName(word) + ".json")).then(function (list) {
        addPages(pages, asList(list), exact);
        return { pages: pages, exact: exact };
      });
    }
    var key = letters.slice(0, index.keyLength).join("");
    var cut = letters.slice(0, TERM_LIMIT).join("");
    if (!index.terms.has(key)) return Promise.resolve({ pages: pages, exact: exact });
    return load(part("terms/" + fileName(key) + ".json")).then(function (chunk) {
      var terms = chunk && chunk.terms ? chunk.terms : {};
      Object.keys(terms).forEach(function (term) {
        if (term.lastIndexOf(cut, 0) === 0) addPages(pages, asList(terms[term]), term === word ? exact : null);
      });
      return { pages: pages, exact: exact };
    });
  }

  /* The record of the page at position: { position, url, title, kind, summary, text }, or null
     when it has no title or no address on this site. */
  function loadRecord(index, position) {
    var chunk = Math.floor(position / index.perChunk);
    return load(part("records/" + chunk + ".json")).then(function (records) {
      var row = asList(records)[position % index.perChunk];
      if (!Array.isArray(row)) return null;
      var url = sameSiteUrl(asText(row[1]));
      var title = asText(row[0]).trim();
      if (!url || !title) return null;
      return { position: position, title: title, url: url, kind: asText(row[2]), summary: asText(row[3]), text: asText(row[4]) };
    });
  }

  // MARK: - Matching and scoring

  function fieldScore(bits) {
    var total = 0;
    FIELDS.forEach(function (field) { if (bits & field[0]) total += 2 * field[1]; });
    return total;
  }

  /* Every page that has all the terms, best first: for each term the sum of the weights of the
     fields it is in, doubled; +50 when the title is the query, +20 when it holds all of it. */
  function search(index, terms) {
    return Promise.all(terms.map(function (term) { return wordPages(index, term); })).then(function (found) {
      var scores = new Map();
      var titleWords = new Map();
      found.forEach(function (word, t) {
        var next = new Map();
        word.pages.forEach(function (bits, position) {
          if (t > 0 && !scores.has(position)) return;
          next.set(position, (scores.get(position) || 0) + fieldScore(bits));
          if (bits & 1) titleWords.set(position, (titleWords.get(position) || 0) + 1);
        });
        scores = next;
      });
      var bonus;
      if (terms.length === 1) {
        found[0].exact.forEach(function (position) { if (scores.has(position)) scores.set(position, scores.get(position) + 50); });
        bonus = Promise.resolve();
      } else {
        var phrase = terms.join(" ");
        var candidates = [];
        scores.forEach(function (score, position) { if (titleWords.get(position) === terms.length) candidates.push(position); });
        bonus = Promise.all(candidates.map(function (position) {
          return loadRecord(index, position).then(function (record) {
            if (!record) return;
            var title = fold(record.title);
            if (title === phrase) scores.set(position, scores.get(position) + 50);
            else if (title.indexOf(phrase) !== -1) scores.set(position, scores.get(position) + 20);
          });
        }));
      }
      return bonus.then(function () {
        var matches = [];
        scores.forEach(function (score, position) { matches.push({ position: position, score: score }); });
        return matches.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
      });
    });
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
    loadManifest().then(function (index) {
      return search(index, terms).then(function (matches) {
        return Promise.all(matches.slice(0, MAX_RESULTS).map(function (match) {
          return loadRecord(index, match.position);
        })).then(function (records) {
          return { count: matches.length, records: records.filter(Boolean) };
        });
      });
    }).then(function (found) {
      if (request !== latest) return;
      if (!found.count) {
        show(words.none(shown));
        return;
      }
      var status = words.count(found.count, shown);
      if (found.count > MAX_RESULTS) status += ". " + words.more(MAX_RESULTS);
      var list = element("ol", "page-list search-list");
      found.records.forEach(function (record) { list.appendChild(resultItem(record, terms)); });
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

  /* Load the manifest when the reader is about to search, not before. */
  input.addEventListener("focus", function () { loadManifest().catch(function () {}); }, { once: true });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
