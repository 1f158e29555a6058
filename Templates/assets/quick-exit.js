/* Guidepost default theme: quick exit.
   The "Leave this site" link in the header works as a plain link without JavaScript.
   With this script, clicking it or pressing Shift three times within 1.5 seconds blanks the page
   at once and replaces it with the neutral site, so that the back button does not lead straight
   back here. It does not clear the browser history, and the site never says it does.
   The neutral title comes from the script element's data-loading (the page's language);
   without it, "Loading".
   Plain ES2017: no libraries, no network, no storage, no cookies. */
(function () {
  "use strict";

  var PRESSES = 3;
  var WINDOW_MS = 1500;
  var script = document.currentScript;
  var NEUTRAL_TITLE = (script && script.getAttribute("data-loading")) || "Loading";

  var link = document.querySelector("a.quick-exit");
  if (!link || !link.href) return;
  var exitUrl = link.href;
  var leaving = false;
  var presses = [];

  function leave() {
    if (leaving) return;
    leaving = true;
    /* Hide everything first: the page may stay on screen for a moment while the next one loads. */
    document.title = NEUTRAL_TITLE;
    if (document.body) document.body.innerHTML = "";
    document.documentElement.style.background = "#fff";
    window.location.replace(exitUrl);
  }

  /* Every kind of click leaves, a middle click too: a new tab would keep this page open behind it. */
  function onClick(event) {
    if (event.type === "auxclick" && event.button !== 1) return;
    event.preventDefault();
    leave();
  }
  link.addEventListener("click", onClick);
  link.addEventListener("auxclick", onClick);

  /* Shift pressed alone three times. Any other key starts the count again, so typing
     capital letters never sets it off. */
  window.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= PRESSES) leave();
  }, true);
})();
