/* Guidepost default theme: sorting, filtering and column choice for comparison tables.
   Progressive enhancement only. Without JavaScript every table stays complete and readable.
   Its words come from the script element's data- attributes, written by the theme in the page's
   language (data-all, data-sort, data-filter, data-filters, data-showing, data-columns); each one missing is in English.
   Plain ES2017: no libraries, no network, no storage, no cookies. */
(function () {
  "use strict";

  var ENGLISH = {
    all: "All", sort: "Sort by", filter: "Show only", filters: "Show only some groups",
    showing: "Showing {n} of {m} groups", columns: "{n} of {m} columns shown"
  };
  var script = document.currentScript;
  var words = {};
  Object.keys(ENGLISH).forEach(function (key) {
    words[key] = (script && script.getAttribute("data-" + key)) || ENGLISH[key];
  });
  var lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  var MIN_ROWS_TO_FILTER = 4; /* filters only help when there are a few rows to choose from */
  var WIDE = "(min-width: 40.0625em)"; /* where style.css stops stacking tables */

  function text(cell) {
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }

  /* Keep table semantics for screen readers when CSS stacks the table (display: block). */
  function addRoles(table) {
    table.setAttribute("role", "table");
    table.querySelectorAll("thead, tbody").forEach(function (g) { g.setAttribute("role", "rowgroup"); });
    table.querySelectorAll("tr").forEach(function (r) { r.setAttribute("role", "row"); });
    table.querySelectorAll("th[scope=col]").forEach(function (c) { c.setAttribute("role", "columnheader"); });
    table.querySelectorAll("th[scope=row]").forEach(function (c) { c.setAttribute("role", "rowheader"); });
    table.querySelectorAll("td").forEach(function (c) { c.setAttribute("role", "cell"); });
  }

  /* Sort order of two cells of one column: by data-sort (the value's place in the catalog's list
     of values) where both have it, else by their words; "Not listed" cells come last both ways. */
  function compareCells(a, b, ascending) {
    var aMissing = !a || a.classList.contains("not-listed");
    var bMissing = !b || b.classList.contains("not-listed");
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : (aMissing ? 1 : -1);
    var aSort = a.getAttribute("data-sort"), bSort = b.getAttribute("data-sort");
    var order = aSort !== null && bSort !== null ? Number(aSort) - Number(bSort) : 0;
    order = order || collator.compare(text(a), text(b));
    return ascending ? order : -order;
  }

  /* (1) Sorting: each column header becomes a button. */
  function makeSortable(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    var body = table.tBodies[0];
    if (!body || !table.tHead) return;
    table.tHead.rows[0].setAttribute("data-sort-label", words.sort);
    table.classList.add("is-enhanced");
    var original = Array.prototype.slice.call(body.rows);
    headers.forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = text(th);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var rows = original.slice().sort(function (a, b) {
          return compareCells(a.cells[column], b.cells[column], ascending) || original.indexOf(a) - original.indexOf(b);
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  }

  /* The distinct values of one column: [{id, label}], in the order of the catalog's list of
     values (data-sort of a cell with one value, data-ranks of a cell with several), by name where
     a value has no place. Labels come from the cell text, split by ", " in step with the ids;
     when the counts differ, the ids stand in. */
  function columnValues(rows, column) {
    var seen = new Map();
    var fallback = new Set();
    var rank = new Map();
    rows.forEach(function (row) {
      var cell = row.cells[column];
      var ids = cell && cell.getAttribute("data-values");
      if (!ids) return;
      ids = ids.split(" ").filter(Boolean);
      var ranks = (cell.getAttribute(ids.length === 1 ? "data-sort" : "data-ranks") || "").split(" ").filter(Boolean);
      if (ranks.length === ids.length) ids.forEach(function (id, i) { rank.set(id, Number(ranks[i])); });
      var labels = ids.length === 1 ? [text(cell)] : text(cell).split(", ");
      var aligned = labels.length === ids.length;
      ids.forEach(function (id, i) {
        if (seen.has(id) && !fallback.has(id)) return;
        seen.set(id, aligned ? labels[i] : id);
        if (aligned) fallback.delete(id); else fallback.add(id);
      });
    });
    return Array.from(seen, function (entry) { return { id: entry[0], label: entry[1] }; })
      .sort(function (a, b) {
        var ra = rank.get(a.id), rb = rank.get(b.id);
        if (ra !== undefined && rb !== undefined && ra !== rb) return ra - rb;
        if ((ra === undefined) !== (rb === undefined)) return ra === undefined ? 1 : -1;
        return collator.compare(a.label, b.label);
      });
  }

  /* (2) Filtering: one select per column whose cells carry data-values, folded in a <details>
     that starts open only where the table is not stacked. Returns what the column choice needs. */
  function makeFilterable(table, wrap) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    var selects = [];
    var box = document.createElement("div");
    box.className = "table-filters";
    var fieldset = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = words.filter;
    fieldset.appendChild(legend);
    headers.forEach(function (th, column) {
      var values = columnValues(rows, column);
      if (values.length < 2) return;
      var id = (table.id || "table") + "-filter-" + column;
      var field = document.createElement("div");
      field.className = "table-filter";
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = text(th);
      var select = document.createElement("select");
      select.id = id;
      select.setAttribute("data-column", String(column));
      select.add(new Option(words.all, ""));
      values.forEach(function (v) { select.add(new Option(v.label, v.id)); });
      select.addEventListener("change", update);
      field.appendChild(label);
      field.appendChild(select);
      fieldset.appendChild(field);
      selects.push(select);
    });
    if (!selects.length) return null;
    var status = document.createElement("p");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    var details = document.createElement("details");
    var summary = document.createElement("summary");
    summary.textContent = words.filters;
    details.appendChild(summary);
    details.appendChild(fieldset);
    details.open = window.matchMedia(WIDE).matches;
    box.appendChild(details);
    box.appendChild(status);
    update();
    wrap.parentNode.insertBefore(box, wrap);
    return { showColumn: showColumn };

    /* A hidden column's filter is hidden too, and stops filtering. */
    function showColumn(column, shown) {
      selects.forEach(function (select) {
        if (Number(select.getAttribute("data-column")) !== column) return;
        select.parentNode.hidden = !shown;
        if (!shown && select.value) {
          select.value = "";
          update();
        }
      });
    }

    function update() {
      var shown = 0;
      rows.forEach(function (row) {
        var match = selects.every(function (select) {
          if (!select.value) return true;
          var cell = row.cells[Number(select.getAttribute("data-column"))];
          var ids = ((cell && cell.getAttribute("data-values")) || "").split(" ");
          return ids.indexOf(select.value) !== -1;
        });
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = words.showing.replace("{n}", shown).replace("{m}", rows.length);
    }
  }

  /* (3) Column choice: the theme's checkboxes (.column-choice, before the table) already hide
     columns with CSS alone; here they also set the hidden attribute, which works without :has(),
     hide the filters of hidden columns and say how many columns are shown. */
  function columnChoice(wrap) {
    for (var node = wrap.previousElementSibling; node; node = node.previousElementSibling) {
      if (node.classList.contains("column-choice")) return node;
      if (node.classList.contains("table-wrap")) return null;
    }
    return null;
  }

  function makeColumnPicker(choice, table, filters) {
    var boxes = Array.prototype.slice.call(choice.querySelectorAll("input[type=checkbox][data-column]"));
    if (!boxes.length) return;
    var status = document.createElement("p");
    status.className = "column-status";
    status.setAttribute("role", "status");
    boxes.forEach(function (box) { box.addEventListener("change", apply); });
    apply();
    choice.appendChild(status);

    function apply() {
      var shown = 0;
      boxes.forEach(function (box) {
        var column = Number(box.getAttribute("data-column")) - 1;
        Array.prototype.forEach.call(table.rows, function (row) {
          if (row.cells[column]) row.cells[column].hidden = !box.checked;
        });
        if (filters) filters.showColumn(column, box.checked);
        if (box.checked) shown += 1;
      });
      status.textContent = words.columns.replace("{n}", shown).replace("{m}", boxes.length);
    }
  }

  function enhance() {
    document.querySelectorAll("table.comparison-table").forEach(function (table) {
      var wrap = table.closest(".table-wrap") || table;
      var filters = null;
      addRoles(table);
      makeSortable(table);
      if (table.tBodies[0] && table.tBodies[0].rows.length >= MIN_ROWS_TO_FILTER) filters = makeFilterable(table, wrap);
      var choice = columnChoice(wrap);
      if (choice) makeColumnPicker(choice, table, filters);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
