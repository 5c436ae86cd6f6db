// Liên Kết console: the pages work without this file; it adds what only a script can.
(function () {
  "use strict";

  // A live region (the compliance board): [data-refresh="/path/fragment"] is fetched every
  // data-refresh-seconds and replaced when it changed (the server answers 304 otherwise).
  function live(region) {
    var url = region.getAttribute("data-refresh");
    var seconds = parseInt(region.getAttribute("data-refresh-seconds") || "3", 10);
    var etag = null;
    function poll() {
      var headers = { "Accept": "text/html" };
      if (etag) { headers["If-None-Match"] = etag; }
      fetch(url, { headers: headers, credentials: "same-origin" }).then(function (response) {
        if (response.status === 200) {
          etag = response.headers.get("ETag");
          return response.text().then(function (html) {
            var focused = document.activeElement && document.activeElement.id;
            region.innerHTML = html;
            if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
            region.dispatchEvent(new CustomEvent("refreshed", { bubbles: true }));
          });
        }
      }).catch(function () { /* the next poll tries again */ })
        .finally(function () { setTimeout(poll, seconds * 1000); });
    }
    setTimeout(poll, seconds * 1000);
  }


  // A button that removes something asks first: <button data-confirm="Xóa hoạt động 2.3?">.
  function confirmFirst(event) {
    var button = event.target.closest && event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
  }

  // After a refused form, the problem summary takes focus so a screen reader reads it first.
  function focusProblem() {
    var problem = document.getElementById("problem");
    if (problem) { problem.focus(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-refresh]"), live);
    document.addEventListener("click", confirmFirst);
    focusProblem();
  });
})();
