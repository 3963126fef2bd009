// Quick exit: one click on the button, or Escape pressed twice within a second, swaps this site for a neutral one.
// location.replace takes the page out of the tab's history, so the back button does not come back to it.
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  if (!button) {
    return;
  }
  var target = button.href;
  var lastEscape = 0;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.hidden = true;
    window.location.replace(target);
  }

  button.addEventListener("click", function (event) {
    // A middle click or Ctrl+click asks for a new tab: let the browser do that.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    leave(event);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    } else {
      lastEscape = now;
    }
  });
})();
