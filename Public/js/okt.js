// A warning a few minutes before the session ends for want of activity, with a button to
// stay logged in. The server ends an idle session whatever this script does; the script only
// tells the person in time. Without JavaScript, a form sent after the session ended is kept
// on the login page and saved after logging in (the server does that).
(function () {
  "use strict";
  var box = document.getElementById("okt-varsel");
  if (!box || !window.fetch) return;
  var seconds = parseInt(box.getAttribute("data-sekunder"), 10);
  if (!(seconds > 0)) return;
  var text = document.getElementById("okt-varsel-tekst");
  var button = document.getElementById("okt-forny");
  var warnBefore = Math.min(5 * 60, Math.floor(seconds / 4));
  var timers = [];

  function show(message, withButton) {
    text.textContent = message;
    button.hidden = !withButton;
    box.hidden = false;
  }

  function schedule() {
    timers.forEach(clearTimeout);
    timers = [
      setTimeout(function () {
        var minutes = String(Math.max(1, Math.round(warnBefore / 60)));
        show(box.getAttribute("data-snart").replace("{minutter}", minutes), true);
      }, (seconds - warnBefore) * 1000),
      setTimeout(function () { show(box.getAttribute("data-ute"), false); }, seconds * 1000)
    ];
  }

  button.addEventListener("click", function () {
    var body = new URLSearchParams();
    body.append("_csrf", box.getAttribute("data-csrf"));
    fetch(box.getAttribute("data-forny"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) {
        if (response.status !== 204) throw new Error(String(response.status));
        show(box.getAttribute("data-fornyet"), false);
        setTimeout(function () { box.hidden = true; }, 4000);
        schedule();
      })
      .catch(function () { show(box.getAttribute("data-feil"), false); });
  });

  schedule();
})();
