// A copy in this browser of what is typed in a long form (forms marked data-lokal-kopi),
// kept until the form is saved. If the page is opened again with the copy differing from
// what the form shows (the tab was closed, the browser crashed, the network failed), the
// page offers to bring the copy back. Nothing leaves the browser; the server never needs it.
(function () {
  "use strict";
  var texts = document.getElementById("skjemakopi-tekster");
  if (!texts || !window.localStorage || !window.sessionStorage || !window.JSON) return;
  var forms = document.querySelectorAll("form[data-lokal-kopi]");
  var prefix = "behovsmelding-kopi:";

  // Logging out on purpose leaves nothing typed behind on a shared computer. (A session that
  // ends by itself keeps the copies: that is what they are for.) A copy still waiting to be
  // written (typing stopped less than 400 ms ago) is not written after that.
  var loggingOut = false;
  var logout = document.querySelector("form.logout");
  if (logout) {
    logout.addEventListener("submit", function () {
      loggingOut = true;
      try {
        for (var i = localStorage.length - 1; i >= 0; i--) {
          var name = localStorage.key(i);
          if (name && name.indexOf(prefix) === 0) localStorage.removeItem(name);
        }
      } catch (e) { /* storage unavailable: nothing kept */ }
    });
  }
  var skip = { _csrf: true, version: true, handling: true };

  function key(form) { return prefix + location.pathname + "|" + form.getAttribute("action"); }

  function values(form) {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || skip[el.name] || el.type === "hidden" || el.type === "submit" || el.type === "button") return;
      if (el.type === "checkbox" || el.type === "radio") out.push([el.name, el.value, el.checked]);
      else out.push([el.name, el.value.replace(/\r\n?/g, "\n").trim()]);
    });
    return out;
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function read(form) {
    try { return JSON.parse(localStorage.getItem(key(form)) || "null"); } catch (e) { return null; }
  }

  function write(form) {
    if (loggingOut) return;
    try { localStorage.setItem(key(form), JSON.stringify({ at: Date.now(), fields: values(form) })); } catch (e) { /* full: no copy */ }
  }

  function restore(form, fields) {
    var seen = {};
    fields.forEach(function (field) {
      var name = field[0];
      var candidates = form.querySelectorAll("[name='" + name.replace(/'/g, "\\'") + "']");
      Array.prototype.forEach.call(candidates, function (el) {
        if (el.type === "checkbox" || el.type === "radio") {
          if (el.value === field[1]) el.checked = field[2];
        } else {
          var index = seen[name] || 0;
          if (candidates[index] === el) el.value = field[1];
        }
      });
      if (field.length === 2) seen[name] = (seen[name] || 0) + 1;
    });
  }

  function offer(form, copy) {
    var box = document.createElement("div");
    box.className = "notice notice-warning skjemakopi";
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", texts.getAttribute("data-hent"));
    var when = new Date(copy.at).toLocaleString("nb-NO", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
    var p = document.createElement("p");
    p.textContent = texts.getAttribute("data-funnet").replace("{tid}", when);
    var get = document.createElement("button");
    get.type = "button";
    get.className = "button button-small";
    get.textContent = texts.getAttribute("data-hent");
    var drop = document.createElement("button");
    drop.type = "button";
    drop.className = "button button-small button-secondary";
    drop.textContent = texts.getAttribute("data-forkast");
    get.addEventListener("click", function () {
      restore(form, copy.fields);
      p.textContent = texts.getAttribute("data-hentet");
      get.remove();
      drop.remove();
      form.dispatchEvent(new Event("input", { bubbles: true }));
    });
    drop.addEventListener("click", function () {
      localStorage.removeItem(key(form));
      box.remove();
    });
    box.appendChild(p);
    box.appendChild(get);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(drop);
    // Inside the form, at the top: the form may be one cell of a grid.
    form.insertBefore(box, form.firstChild);
  }

  function version(form) {
    var field = form.querySelector("input[name='version']");
    return field ? field.value : null;
  }

  // Was the form sent from this tab, and did the server take it? A new version (or, for a
  // form without one, a page without an error summary) means it is saved: the copy goes.
  function savedSinceSent(form) {
    var sent = sessionStorage.getItem("sendt:" + key(form));
    if (sent === null) return false;
    sessionStorage.removeItem("sendt:" + key(form));
    var now = version(form);
    return now !== null ? now !== sent : !document.querySelector(".error-summary");
  }

  Array.prototype.forEach.call(forms, function (form) {
    var copy = read(form);
    if (copy && (savedSinceSent(form) || same(copy.fields, values(form)))) {
      localStorage.removeItem(key(form));
    } else if (copy) {
      offer(form, copy);
    }
    form.addEventListener("submit", function () {
      write(form);
      try { sessionStorage.setItem("sendt:" + key(form), version(form) || ""); } catch (e) { /* no session storage */ }
    });
    var timer = null;
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { timer = null; write(form); }, 400);
    });
    form.addEventListener("change", function () { write(form); });
    // Leaving the page (a link, the address bar) within the wait still keeps the last keys.
    window.addEventListener("pagehide", function () {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      write(form);
    });
  });
})();
