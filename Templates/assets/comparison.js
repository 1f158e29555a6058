/* Guidepost default theme: sorting and filtering for comparison tables.
   Progressive enhancement only. Without JavaScript every table stays complete and readable.
   Its words come from the script element's data- attributes, written by the theme in the page's
   language (data-all, data-sort, data-filter, data-showing); each one missing is in English.
   Plain ES2017: no libraries, no network, no storage, no cookies. */
(function () {
  "use strict";

  var ENGLISH = { all: "All", sort: "Sort by", filter: "Show only", showing: "Showing {n} of {m} groups" };
  var script = document.currentScript;
  var words = {};
  Object.keys(ENGLISH).forEach(function (key) {
    words[key] = (script && script.getAttribute("data-" + key)) || ENGLISH[key];
  });
  var lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  var MIN_ROWS_TO_FILTER = 4; /* filters only help when there are a few rows to choose from */

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
          var order = collator.compare(text(a.cells[column]), text(b.cells[column]));
          if (!ascending) order = -order;
          return order || original.indexOf(a) - original.indexOf(b);
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  }

  /* The distinct values of one column: [{id, label}]. Labels come from the cell text,
     split by ", " in step with the ids; when the counts differ, the ids stand in. */
  function columnValues(rows, column) {
    var seen = new Map();
    var fallback = new Set();
    rows.forEach(function (row) {
      var cell = row.cells[column];
      var ids = cell && cell.getAttribute("data-values");
      if (!ids) return;
      ids = ids.split(" ").filter(Boolean);
      var labels = ids.length === 1 ? [text(cell)] : text(cell).split(", ");
      var aligned = labels.length === ids.length;
      ids.forEach(function (id, i) {
        if (seen.has(id) && !fallback.has(id)) return;
        seen.set(id, aligned ? labels[i] : id);
        if (aligned) fallback.delete(id); else fallback.add(id);
      });
    });
    return Array.from(seen, function (entry) { return { id: entry[0], label: entry[1] }; })
      .sort(function (a, b) { return collator.compare(a.label, b.label); });
  }

  /* (2) Filtering: one select per column whose cells carry data-values. */
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
    if (!selects.length) return;
    var status = document.createElement("p");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    box.appendChild(fieldset);
    box.appendChild(status);
    update();
    wrap.parentNode.insertBefore(box, wrap);

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

  function enhance() {
    document.querySelectorAll("table.comparison-table").forEach(function (table) {
      var wrap = table.closest(".table-wrap") || table;
      addRoles(table);
      makeSortable(table);
      if (table.tBodies[0] && table.tBodies[0].rows.length >= MIN_ROWS_TO_FILTER) makeFilterable(table, wrap);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
