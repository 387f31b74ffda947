/* Article page: choosing a claim shows its (server-rendered, escaped) detail panel.
   This script inserts no markup: it only toggles `hidden`, classes and text set with textContent. */
(function () {
  "use strict";
  var root = document.querySelector("[data-audit-article]");
  if (!root) {
    return;
  }
  var panel = document.getElementById("claim-panel");
  var hint = document.getElementById("claim-hint");
  var details = panel ? panel.querySelectorAll("[data-detail]") : [];
  var chosen = null;

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function choose(id, scroll) {
    var found = null;
    each(details, function (el) {
      var match = el.getAttribute("data-detail") === id;
      el.hidden = !match;
      if (match) {
        found = el;
      }
    });
    if (!found) {
      return false;
    }
    chosen = id;
    each(root.querySelectorAll("[data-claim]"), function (el) {
      var on = el.getAttribute("data-claim") === id;
      el.classList.toggle("chosen", on);
      if (on) {
        el.setAttribute("aria-current", "true");
      } else {
        el.removeAttribute("aria-current");
      }
    });
    each(root.querySelectorAll("[data-row]"), function (el) {
      el.classList.toggle("chosen", el.getAttribute("data-row") === id);
    });
    if (hint) {
      hint.textContent = "Showing the chain of the chosen claim. Choose another highlighted passage to compare.";
    }
    if (history.replaceState) {
      history.replaceState(null, "", "#claim=" + encodeURIComponent(id));
    }
    if (scroll && panel) {
      var box = panel.getBoundingClientRect();
      if (box.top < 0 || box.top > window.innerHeight) {
        panel.scrollIntoView({block: "start"});
      }
      panel.scrollTop = 0;
    }
    return true;
  }

  root.addEventListener("click", function (ev) {
    var target = ev.target.closest ? ev.target.closest("[data-claim]") : null;
    if (!target || !root.contains(target)) {
      return;
    }
    if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button === 1) {
      return; /* let the link open the claim page in a new tab */
    }
    if (choose(target.getAttribute("data-claim"), true)) {
      ev.preventDefault();
    }
  });

  var hash = window.location.hash;
  if (hash.indexOf("#claim=") === 0) {
    try {
      choose(decodeURIComponent(hash.slice(7)), false);
    } catch (e) {
      /* a malformed hash is ignored */
    }
  }
  root.setAttribute("data-ready", "1");
  window.auditChosenClaim = function () {
    return chosen;
  };
})();
