/* Datasette's table pages: the column descriptions fold away under one line, so the rows start on the
   first screen. Moves the server-rendered list into a <details>; inserts no markup from text. */
(function () {
  "use strict";
  var list = document.querySelector("dl.column-descriptions");
  if (!list || !list.parentNode) {
    return;
  }
  var fold = document.createElement("details");
  fold.className = "column-descriptions-fold";
  var summary = document.createElement("summary");
  summary.textContent = "What each column means (" + list.querySelectorAll("dt").length + " columns)";
  fold.appendChild(summary);
  list.parentNode.insertBefore(fold, list);
  fold.appendChild(list);
})();
