// Applies the reader's stored choices (language, text size, contrast) to <html> before the first
// paint, so a returning reader never sees the wrong language or size flash. The app keeps the same
// keys (app/src/preferences.rs). Also marks that scripts run, so the "loading" note in the static
// shell shows only where the app will replace it; keeps the language in a cookie for the server.
(function () {
  var root = document.documentElement;
  root.classList.add("app-js");
  try {
    var store = window.localStorage;
    var lang = store.getItem("jsp-lang");
    if (lang === "en" || lang === "hi") {
      root.setAttribute("lang", lang);
      // The server writes the next page's first HTML in the language this cookie names.
      document.cookie = "jsp-lang=" + lang + "; path=/; max-age=31536000; samesite=lax";
    }
    var size = store.getItem("jsp-text-size");
    if (size === "smaller" || size === "larger") {
      root.classList.remove("app-text-normal");
      root.classList.add("app-text-" + size);
    }
    if (store.getItem("jsp-contrast") === "on") root.classList.add("app-theme-contrast");
  } catch (e) {
    // Storage may be disabled; the defaults (Hindi, normal size) then apply.
  }
})();
