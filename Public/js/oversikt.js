// The behovsmelding summary, live while typing. The form works without this script; with it,
// the summary beside the form is fetched from the server (Domain does the sums and the
// checks) a moment after the owner stops typing. Nothing is saved.
(function () {
  "use strict";
  var form = document.querySelector("form[data-oversikt]");
  if (!form || !window.fetch || !window.FormData) return;
  var url = form.getAttribute("data-oversikt");
  var announce = document.getElementById("oversikt-melding");
  var timer = null;
  var pending = null;

  function showLiveHint() {
    var hint = document.querySelector(".oversikt .oversikt-live");
    if (hint) hint.hidden = false;
  }

  function summaryText(aside) {
    var blockers = aside.querySelector(".blockers h3");
    var ready = aside.querySelector(".notice-ok");
    return (blockers || ready || { textContent: "" }).textContent.trim();
  }

  function refresh() {
    if (pending) pending.abort();
    pending = window.AbortController ? new AbortController() : null;
    var body = new URLSearchParams(new FormData(form));
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      signal: pending ? pending.signal : undefined
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    }).then(function (html) {
      var current = document.querySelector(".oversikt");
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var next = holder.querySelector(".oversikt");
      if (!current || !next) return;
      var before = summaryText(current);
      current.replaceWith(next);
      showLiveHint();
      var after = summaryText(next);
      if (announce && after !== before) announce.textContent = after;
    }).catch(function () {
      // A failed update leaves the last summary in place; saving still works as always.
    });
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, 600);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  showLiveHint();
})();
