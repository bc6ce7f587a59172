// wparchive report: sortable tables (click a heading), open/close all discussions, search and filter the list
// of posts. Reads only the page.
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    var number = Number(text.replace(/\s+/g, "").replace(/ of \d+$/, ""));
    return text !== "" && !isNaN(number) ? number : text.toLowerCase();
  }
  function sortTable(table, index, heading) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var descending = heading.getAttribute("aria-sort") === "ascending";
    var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return !r.classList.contains("none"); });
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
      return descending ? -order : order;
    });
    Array.prototype.forEach.call(table.querySelectorAll("th"), function (th) { th.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.forEach(function (row) { body.appendChild(row); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headings, function (th, index) {
      th.tabIndex = 0;
      th.title = "Sort by this column";
      th.addEventListener("click", function () { sortTable(table, index, th); });
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortTable(table, index, th); }
      });
    });
  });
  var discussions = document.querySelectorAll("details.discussion");
  if (discussions.length > 1) {
    var button = document.createElement("button");
    button.type = "button";
    var section = document.getElementById("discussions");
    var label = { open: section.getAttribute("data-open-all"), close: section.getAttribute("data-close-all") };
    var opened = false;
    button.textContent = label.open;
    button.addEventListener("click", function () {
      opened = !opened;
      Array.prototype.forEach.call(discussions, function (d) { d.open = opened; });
      button.textContent = opened ? label.close : label.open;
    });
    discussions[0].parentNode.insertBefore(button, discussions[0]);
  }
  // The list of all posts: search (title, author, site, categories, tags) and filters, all in the page.
  var list = document.getElementById("post-list");
  var filters = document.querySelector("#posts .filters");
  if (list && filters && list.tBodies[0]) {
    var search = document.getElementById("post-search");
    var selects = { site: document.getElementById("post-site"), year: document.getElementById("post-year"),
                    form: document.getElementById("post-form") };
    var count = document.getElementById("post-count");
    var rows = Array.prototype.filter.call(list.tBodies[0].rows, function (r) { return !r.classList.contains("none"); });
    var apply = function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.getAttribute("data-search") || "";
        var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
        Object.keys(selects).forEach(function (key) {
          var select = selects[key];
          if (select && select.value && row.getAttribute("data-" + key) !== select.value) { keep = false; }
        });
        row.classList.toggle("filtered", !keep);
        if (keep) { shown += 1; }
      });
      count.textContent = shown + " " + count.getAttribute("data-of") + " " + rows.length + " " +
        count.getAttribute("data-shown");
    };
    search.addEventListener("input", apply);
    Object.keys(selects).forEach(function (key) { if (selects[key]) { selects[key].addEventListener("change", apply); } });
    filters.hidden = false;
    apply();
  }
  document.documentElement.setAttribute("data-report-ready", String(document.querySelectorAll("svg.chart").length));
})();
