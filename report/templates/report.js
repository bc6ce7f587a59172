// wparchive report: sortable tables (click a heading) and open/close all discussions. Reads only the page.
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
    button.textContent = "Open all discussions";
    button.addEventListener("click", function () {
      var open = button.textContent.indexOf("Open") === 0;
      Array.prototype.forEach.call(discussions, function (d) { d.open = open; });
      button.textContent = open ? "Close all discussions" : "Open all discussions";
    });
    discussions[0].parentNode.insertBefore(button, discussions[0]);
  }
  document.documentElement.setAttribute("data-report-ready", String(document.querySelectorAll("svg.chart").length));
})();
