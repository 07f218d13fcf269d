// Live reload for pmo serve: polls the preview server and reloads the page when the site has
// been rebuilt; shows the content's problems over the page while the last build failed.
(function () {
  "use strict";
  var seen = null;
  var panel = null;

  function show(problems) {
    if (!panel) {
      panel = document.createElement("section");
      panel.setAttribute("role", "alert");
      panel.setAttribute("aria-label", "Content problems");
      panel.className = "pmo-serve-problems";
      panel.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;"
        + "margin:0;padding:1rem 1.5rem;background:#fff5f5;color:#1a1a1a;border-top:4px solid #d32205;"
        + "font:14px/1.4 monospace;white-space:pre-wrap;z-index:1000";
      document.body.appendChild(panel);
    }
    panel.textContent = "The content has problems; this page shows the last good build.\n\n" + problems;
  }

  function hide() {
    if (panel) {
      panel.remove();
      panel = null;
    }
  }

  function poll() {
    fetch("/__pmo/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        if (seen !== null && status.version !== seen) {
          window.location.reload();
          return;
        }
        seen = status.version;
        if (status.problems) { show(status.problems); } else { hide(); }
      })
      .catch(function () { /* the server is restarting or stopped */ })
      .then(function () { window.setTimeout(poll, 300); });
  }
  poll();
}());
