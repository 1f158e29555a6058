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

  // MARK: - Stemming: Snowball's English ("Porter2") and Spanish stemmers

  /* The index of an English or Spanish site holds stems ("families" and "family" are both
     "famili"), and the manifest names the stemmer, so a query's words are stemmed the same
     way. These are the algorithms of snowballstem.org (Snowball 3.1), letter for letter as in
     Sources/GuidepostCore/Rendering/EnglishStemmer.swift and SpanishStemmer.swift; the check
     scripts/check_stemmers.js runs both on one list of words. A word is an array of its
     characters (code points), as the index counts them; it is read from its end. */

  function endsWith(w, end, suffix) {
    var n = suffix.length;
    if (n > end) return false;
    for (var i = 0; i < n; i++) if (w[end - n + i] !== suffix[i]) return false;
    return true;
  }

  /* Whether the first end characters are exactly one of list. */
  function isOneOf(w, end, list) {
    for (var i = 0; i < list.length; i++) if (list[i].length === end && endsWith(w, end, list[i])) return true;
    return false;
  }

  /* The longest of rules (sorted longest first; a rule is a suffix or [suffix, ...]) that ends
     w and starts at from or after, or null. */
  function longest(w, rules, from) {
    for (var i = 0; i < rules.length; i++) {
      var suffix = typeof rules[i] === "string" ? rules[i] : rules[i][0];
      if (w.length - suffix.length >= (from || 0) && endsWith(w, w.length, suffix)) return rules[i];
    }
    return null;
  }

  /* Where the region after the first non-vowel that follows a vowel, from start on, begins. */
  function regionStart(w, start, isVowel) {
    var i = start;
    while (i < w.length && !isVowel(w[i])) i++;
    while (i < w.length && isVowel(w[i])) i++;
    return i < w.length ? i + 1 : w.length;
  }

  function hasVowel(w, end, isVowel) {
    for (var i = 0; i < end; i++) if (isVowel(w[i])) return true;
    return false;
  }

  function replaceEnd(w, length, replacement) {
    w.length -= length;
    for (var i = 0; i < replacement.length; i++) w.push(replacement[i]);
  }

  function byLength(list) {
    return list.map(function (item, i) { return [item, i]; }).sort(function (a, b) {
      var x = typeof a[0] === "string" ? a[0] : a[0][0], y = typeof b[0] === "string" ? b[0] : b[0][0];
      return y.length - x.length || a[1] - b[1];
    }).map(function (pair) { return pair[0]; });
  }

  function table(text) { return text.split(/\s+/).filter(Boolean); }

  /* English. Rules of steps 2 to 4: [suffix, replacement, condition besides the region]. */
  var EN_STEP2 = byLength([
    ["ational", "ate"], ["ization", "ize"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"],
    ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"], ["entli", "ent"], ["ation", "ate"], ["alism", "al"],
    ["aliti", "al"], ["ousli", "ous"], ["iviti", "ive"], ["fulli", "ful"], ["ogist", "og"], ["enci", "ence"],
    ["anci", "ance"], ["abli", "able"], ["izer", "ize"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"],
    ["ogi", "og", "l"], ["li", "", "li"]
  ]);
  var EN_STEP3 = byLength([
    ["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"], ["ative", "", "R2"],
    ["ical", "ic"], ["ness", ""], ["ful", ""]
  ]);
  var EN_STEP4 = byLength(table("ement ance ence able ible ment ant ent ism ate iti ous ive ize al er ic")
    .map(function (suffix) { return [suffix, ""]; }).concat([["ion", "", "st"]]));
  var EN_EXCEPTIONS = Object.create(null);
  ("skis ski skies sky idly idl gently gentl ugly ugli early earli only onli singly singl " +
   "sky sky news news howe howe atlas atlas cosmos cosmos bias bias andes andes").split(" ")
    .forEach(function (word, i, all) { if (i % 2 === 0) EN_EXCEPTIONS[word] = all[i + 1]; });
  var EN_REGION_PREFIXES = table("gener commun arsen past univers later emerg organ inter");
  var EN_EED_EXCEPTIONS = table("proc exc succ");
  var EN_ING_EXCEPTIONS = table("inn out cann herr earr even");

  function enVowel(c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; }

  /* A vowel between non-vowels, the last not w, x or Y; a vowel and a non-vowel that are the
     whole part; or "past". */
  function enShortSyllable(w, end) {
    if (end >= 3) {
      var last = w[end - 1];
      if (!enVowel(last) && last !== "w" && last !== "x" && last !== "Y" && enVowel(w[end - 2]) && !enVowel(w[end - 3])) return true;
    } else if (end === 2 && !enVowel(w[1]) && enVowel(w[0])) {
      return true;
    }
    return endsWith(w, end, "past");
  }

  function enStep1a(w) {
    var n = w.length;
    if (endsWith(w, n, "'s'")) w.length -= 3;
    else if (endsWith(w, n, "'s")) w.length -= 2;
    else if (endsWith(w, n, "'")) w.length -= 1;
    n = w.length;
    if (endsWith(w, n, "sses")) replaceEnd(w, 4, "ss");
    else if (endsWith(w, n, "ied") || endsWith(w, n, "ies")) replaceEnd(w, 3, n - 3 > 1 ? "i" : "ie");
    else if (endsWith(w, n, "us") || endsWith(w, n, "ss")) return;
    else if (n >= 2 && w[n - 1] === "s" && hasVowel(w, n - 2, enVowel)) w.length -= 1;
  }

  function enStep1b(w, p1) {
    var n = w.length, start, length;
    if (endsWith(w, n, "eedly") || endsWith(w, n, "eed")) {
      start = n - (endsWith(w, n, "eedly") ? 5 : 3);
      if (!isOneOf(w, start, EN_EED_EXCEPTIONS) && start >= p1) replaceEnd(w, n - start, "ee");
      return;
    }
    if (endsWith(w, n, "ingly")) length = 5;
    else if (endsWith(w, n, "edly")) length = 4;
    else if (endsWith(w, n, "ing")) {
      length = 3;
      if (n - 3 === 2 && w[1] === "y" && !enVowel(w[0])) { replaceEnd(w, 4, "ie"); return; }
      if (isOneOf(w, n - 3, EN_ING_EXCEPTIONS)) return;
    } else if (endsWith(w, n, "ed")) length = 2;
    else return;
    start = n - length;
    if (!hasVowel(w, start, enVowel)) return;
    w.length = start;
    if (endsWith(w, start, "at") || endsWith(w, start, "bl") || endsWith(w, start, "iz")) {
      w.push("e");
    } else if (start >= 2 && w[start - 1] === w[start - 2] && "bdfgmnprt".indexOf(w[start - 1]) !== -1) {
      if (!(start === 3 && "aeo".indexOf(w[0]) !== -1)) w.length -= 1;
    } else if (start === p1 && enShortSyllable(w, start)) {
      w.push("e");
    }
  }

  function enReplace(w, rules, from, p2) {
    var rule = longest(w, rules, 0);
    if (!rule) return;
    var position = w.length - rule[0].length;
    var before = position > 0 ? w[position - 1] : "";
    if (position < from) return;
    if (rule[2] === "R2" && position < p2) return;
    if (rule[2] === "l" && before !== "l") return;
    if (rule[2] === "li" && (!before || "cdeghkmnrt".indexOf(before) === -1)) return;
    if (rule[2] === "st" && before !== "s" && before !== "t") return;
    replaceEnd(w, rule[0].length, rule[1]);
  }

  function englishStem(text) {
    if (EN_EXCEPTIONS[text] !== undefined) return EN_EXCEPTIONS[text];
    var w = Array.from(text);
    if (w.length < 3) return text;
    if (w[0] === "'") w.shift();
    var hasY = false;
    for (var i = 0; i < w.length; i++) {
      if (w[i] === "y" && (i === 0 || enVowel(w[i - 1]))) { w[i] = "Y"; hasY = true; }
    }
    var p1 = -1;
    EN_REGION_PREFIXES.forEach(function (prefix) { if (p1 < 0 && endsWith(w, prefix.length, prefix)) p1 = prefix.length; });
    if (p1 < 0) p1 = regionStart(w, 0, enVowel);
    var p2 = regionStart(w, p1, enVowel);
    enStep1a(w);
    enStep1b(w, p1);
    var n = w.length;
    if (n >= 3 && (w[n - 1] === "y" || w[n - 1] === "Y") && !enVowel(w[n - 2])) w[n - 1] = "i";
    enReplace(w, EN_STEP2, p1, p2);
    enReplace(w, EN_STEP3, p1, p2);
    enReplace(w, EN_STEP4, p2, p2);
    var last = w.length - 1;
    if (last >= 0 && w[last] === "e") {
      if (last >= p2 || (last >= p1 && !enShortSyllable(w, last))) w.length = last;
    } else if (last > 0 && w[last] === "l" && last >= p2 && w[last - 1] === "l") {
      w.length = last;
    }
    if (hasY) for (var j = 0; j < w.length; j++) if (w[j] === "Y") w[j] = "y";
    return w.join("");
  }

  /* Spanish. Step 1 rules: [suffix, replacement, what follows: "ic", "amente", or a list of
     suffixes to delete after it in R2]. */
  var ES_PRONOUNS = byLength(table("me se sela selo selas selos la le lo las les los nos"));
  var ES_PRONOUN_ENDINGS = byLength([["iéndo", "iendo"], ["iendo"], ["yendo", null, "u"], ["ándo", "ando"], ["ando"],
    ["ár", "ar"], ["ér", "er"], ["ír", "ir"], ["ar"], ["er"], ["ir"]]);
  function esRules(suffixes, replacement, then) {
    return table(suffixes).map(function (suffix) { return [suffix, replacement, then]; });
  }
  var ES_STANDARD = byLength([].concat(
    esRules("anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos", ""),
    esRules("adora ador ación adoras adores aciones ante antes ancia ancias acion", "", "ic"),
    esRules("logía logías", "log"), esRules("ución uciones ucion", "u"), esRules("encia encias", "ente"),
    esRules("amente", "", "amente"), esRules("mente", "", table("ante able ible")),
    esRules("idad idades", "", table("abil ic iv")), esRules("iva ivo ivas ivos", "", ["at"])
  ));
  var ES_Y_VERB = byLength(table("ya ye yan yen yeron yendo yo yó yas yes yais yamos"));
  var ES_VERB = byLength(table("en es éis emos").map(function (suffix) { return [suffix, "gu"]; }).concat(table(
    "arían arías arán arás aríais aría aréis aríamos aremos ará aré " +
    "erían erías erán erás eríais ería eréis eríamos eremos erá eré " +
    "irían irías irán irás iríais iría iréis iríamos iremos irá iré " +
    "aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron ado ido ando iendo ió " +
    "ar er ir as abas adas idas ías aras ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis isteis ados " +
    "idos amos ábamos íamos imos áramos iéramos iésemos ásemos").map(function (suffix) { return [suffix]; })));
  var ES_RESIDUAL = byLength(table("os a o á í ó e é"));
  var ES_ACCENTS = { "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u" };

  function esVowel(c) { return c !== undefined && c.length === 1 && "aeiouáéíóúü".indexOf(c) !== -1; }

  function esRemoveIn(w, suffix, region) {
    if (endsWith(w, w.length, suffix) && w.length - suffix.length >= region) w.length -= suffix.length;
  }

  function esStandard(w, r1, r2) {
    var rule = longest(w, ES_STANDARD, 0);
    if (!rule || w.length - rule[0].length < (rule[2] === "amente" ? r1 : r2)) return false;
    replaceEnd(w, rule[0].length, rule[1]);
    var then = rule[2];
    if (then === "ic") {
      esRemoveIn(w, "ic", r2);
    } else if (then === "amente") {
      var before = longest(w, table("iv os ic ad"), 0);
      if (before && w.length - before.length >= r2) {
        w.length -= before.length;
        if (before === "iv") esRemoveIn(w, "at", r2);
      }
    } else if (then) {
      var ending = longest(w, then, 0);
      if (ending && w.length - ending.length >= r2) w.length -= ending.length;
    }
    return true;
  }

  function spanishStem(text) {
    var w = Array.from(text), n = w.length, rv = n, i;
    if (n >= 2) {
      if (!esVowel(w[1])) {
        for (i = 2; i < n && !esVowel(w[i]); i++);
        if (i < n) rv = i + 1;
      } else if (esVowel(w[0])) {
        for (i = 2; i < n && esVowel(w[i]); i++);
        if (i < n) rv = i + 1;
      } else if (n >= 3) {
        rv = 3;
      }
    }
    var r1 = regionStart(w, 0, esVowel), r2 = regionStart(w, r1, esVowel);
    // Step 0: an attached pronoun.
    var pronoun = longest(w, ES_PRONOUNS, 0);
    if (pronoun) {
      var end = w.length - pronoun.length, ending = null;
      for (i = 0; i < ES_PRONOUN_ENDINGS.length && !ending; i++) {
        if (endsWith(w, end, ES_PRONOUN_ENDINGS[i][0])) ending = ES_PRONOUN_ENDINGS[i];
      }
      var start = ending ? end - ending[0].length : -1;
      if (ending && start >= rv && (ending[2] !== "u" || (start > 0 && w[start - 1] === "u"))) {
        if (ending[1]) replaceEnd(w, w.length - start, ending[1]);
        else w.length = end;
      }
    }
    // Step 1, or else 2a, or else 2b.
    if (!esStandard(w, r1, r2)) {
      var y = longest(w, ES_Y_VERB, rv);
      var yStart = y ? w.length - y.length : -1;
      if (y && yStart > 0 && w[yStart - 1] === "u") {
        w.length = yStart;
      } else {
        var verb = longest(w, ES_VERB, rv);
        if (verb) {
          var cut = verb[0].length, at = w.length - cut;
          if (verb[1] === "gu" && at >= 2 && w[at - 1] === "u" && w[at - 2] === "g") cut += 1;
          w.length -= cut;
        }
      }
    }
    // Step 3: a residual suffix.
    var residual = longest(w, ES_RESIDUAL, 0);
    if (residual && w.length - residual.length >= rv) {
      w.length -= residual.length;
      n = w.length;
      if ((residual === "e" || residual === "é") && n >= 2 && w[n - 1] === "u" && w[n - 2] === "g" && n - 1 >= rv) w.length -= 1;
    }
    return w.map(function (c) { return ES_ACCENTS[c] || c; }).join("");
  }

  /* Outside a browser (scripts/check_stemmers.js runs this file in Node), hand over the
     stemmers and stop. */
  if (typeof document === "undefined") {
    if (typeof module === "object" && module) module.exports = { english: englishStem, spanish: spanishStem };
    return;
  }

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
    "help-note": "If you need to talk to someone now:",
    "help-link": "Get help now",
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

  /* The words of folded text: runs between white space without edge punctuation. */
  function wordsOf(folded) {
    return folded.split(/\s+/).map(function (word) { return word.replace(EDGES, ""); }).filter(Boolean);
  }

  function distinct(list) {
    var seen = Object.create(null);
    return list.filter(function (item) {
      if (seen[item]) return false;
      seen[item] = true;
      return true;
    });
  }

  function queryWords(query) { return distinct(wordsOf(fold(query))); }

  /* The stem of a folded word by the index's stemmer; a word of TERM_LIMIT characters or more
     stands for a term cut to that length, which is not stemmed. */
  function stemOf(stemmer, folded) {
    if (!stemmer || chars(folded).length >= TERM_LIMIT) return folded;
    return stemmer(folded) || folded;
  }

  /* The distinct terms a query looks for: its words, stemmed as the index's terms are. */
  function queryTerms(typed, stemmer) {
    return distinct(typed.map(function (folded) { return stemOf(stemmer, folded); }));
  }

  /* A title's words, folded, stemmed and joined by spaces, to compare with the query's terms. */
  function stemmedPhrase(text, stemmer) {
    return wordsOf(fold(text)).map(function (folded) { return stemOf(stemmer, folded); }).join(" ");
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
          stemmer: data.stemmer === "english" ? englishStem : data.stemmer === "spanish" ? spanishStem : null,
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
     fields it is in, doubled; +50 when the title is the query, +20 when it holds all of it
     (their words stemmed). */
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
            var title = stemmedPhrase(record.title, index.stemmer);
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

  var EDGE_CHARACTERS = "\"'«»¿?¡!.,;:()[]{}<>*";
  var SPACE = /\s/;

  /* Whether c (one character) is part of a word: a digit, or a letter with upper and lower case. */
  function isWordCharacter(c) {
    var code = c.charCodeAt(0);
    if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return c.toLowerCase() !== c.toUpperCase();
  }

  /* Where the words that the query finds are in folded text, as [start, end) ranges in order:
     as in the index, at each place that starts a word the rest of its run of text (without
     edge punctuation, at most TERM_LIMIT characters) is stemmed, and it is found when it starts
     with one of the query's terms. A range covers the word's letters and digits, or more of the
     run when the reader typed more of it ("al-anon"). */
  function findMatches(text, query) {
    var cs = Array.from(text), at = [], offset = 0, ranges = [];
    cs.forEach(function (c) { at.push(offset); offset += c.length; });
    at.push(offset);
    var cuts = query.terms.map(function (term) { return chars(term).slice(0, TERM_LIMIT).join(""); });
    var typed = query.words.map(chars);
    for (var i = 0; i < cs.length;) {
      while (i < cs.length && SPACE.test(cs[i])) i++;
      var stop = i;
      while (stop < cs.length && !SPACE.test(cs[stop])) stop++;
      var start = i, end = stop;
      while (start < end && EDGE_CHARACTERS.indexOf(cs[start]) !== -1) start++;
      while (end > start && EDGE_CHARACTERS.indexOf(cs[end - 1]) !== -1) end--;
      for (var p = start; p < end; p++) {
        if ((p > start && isWordCharacter(cs[p - 1])) || EDGE_CHARACTERS.indexOf(cs[p]) !== -1) continue;
        var term = stemOf(query.stemmer, cs.slice(p, Math.min(end, p + TERM_LIMIT)).join(""));
        if (!cuts.some(function (cut) { return term.lastIndexOf(cut, 0) === 0; })) continue;
        var wordEnd = p + 1;
        while (wordEnd < end && isWordCharacter(cs[wordEnd])) wordEnd++;
        typed.forEach(function (letters) {
          var k = 0;
          while (k < letters.length && p + k < end && cs[p + k] === letters[k]) k++;
          wordEnd = Math.max(wordEnd, p + k);
        });
        ranges.push([at[p], at[wordEnd]]);
      }
      i = stop;
    }
    return ranges;
  }

  /* The ranges [start, end) of the original text of found (findMatches) within [from, to), merged. */
  function matchRanges(folded, found, from, to) {
    var ranges = [];
    found.forEach(function (range) {
      var start = folded.map[range[0]];
      var end = Math.max(folded.map[range[1]], start + 1);
      if (start < to && end > from) ranges.push([Math.max(start, from), Math.min(end, to)]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    return ranges.reduce(function (merged, range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range);
      return merged;
    }, []);
  }

  /* Appends text[from, to) to parent, with the words found in <mark>. */
  function appendMarked(parent, text, folded, found, from, to) {
    var cursor = from;
    matchRanges(folded, found, from, to).forEach(function (range) {
      if (range[0] > cursor) parent.appendChild(document.createTextNode(text.slice(cursor, range[0])));
      parent.appendChild(element("mark", "", text.slice(range[0], range[1])));
      cursor = range[1];
    });
    if (cursor < to) parent.appendChild(document.createTextNode(text.slice(cursor, to)));
  }

  /* A short passage of the page's text around the first word found, or null when the text has none. */
  function excerpt(text, query) {
    if (!text) return null;
    var folded = foldWithMap(text);
    var found = findMatches(folded.text, query);
    if (!found.length) return null;
    var first = folded.map[found[0][0]];
    var firstEnd = folded.map[found[0][1]];
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
    appendMarked(paragraph, text, folded, found, start, end);
    if (end < text.length) paragraph.appendChild(document.createTextNode(" …"));
    return paragraph;
  }

  /* query: { words: the folded words typed, terms: their stems, stemmer }. */
  function resultItem(page, query) {
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
      var folded = foldWithMap(page.summary);
      appendMarked(summary, page.summary, folded, findMatches(folded.text, query), 0, page.summary.length);
      item.appendChild(summary);
    }
    var passage = excerpt(page.text, query);
    if (passage) item.appendChild(passage);
    return item;
  }

  function show(status, list) {
    results.textContent = "";
    results.appendChild(element("p", "search-status", status));
    if (list) results.appendChild(list);
  }

  /* Under "no results": a reader who searched in distress finds the way to the help lines. The
     address is the site's Get help now page (data-help-url); without one, nothing is added. */
  function showHelpNote() {
    var url = script && script.getAttribute("data-help-url");
    if (!url) return;
    var note = element("p", "search-help-note", word("help-note", {}) + " ");
    var link = element("a", null, word("help-link", {}));
    link.href = url;
    note.appendChild(link);
    results.appendChild(note);
  }

  var latest = 0;

  function run(query) {
    var request = ++latest;
    var shown = query.trim().replace(/\s+/g, " ");
    var typed = queryWords(query);
    if (!typed.length) {
      show(shown ? words.none(shown) : words.empty);
      if (shown) showHelpNote();
      return;
    }
    show(words.loading);
    var wanted;
    loadManifest().then(function (index) {
      wanted = { words: typed, terms: queryTerms(typed, index.stemmer), stemmer: index.stemmer };
      return search(index, wanted.terms).then(function (matches) {
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
        showHelpNote();
        return;
      }
      var status = words.count(found.count, shown);
      if (found.count > MAX_RESULTS) status += ". " + words.more(MAX_RESULTS);
      var list = element("ol", "page-list search-list");
      found.records.forEach(function (record) { list.appendChild(resultItem(record, wanted)); });
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
