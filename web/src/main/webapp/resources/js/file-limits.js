// The portal's file fields (data-max-bytes, data-too-large) refuse a file over the portal's limit
// as soon as it is chosen, in the page's language, instead of uploading it first: the server would
// refuse it by name only up to a little over the limit, and a much larger one before the portal
// sees it. The field stays invalid (the browser will not send the form and says why, at the field)
// until the files chosen fit.
(function () {
  "use strict";

  var MEGABYTE = 1024 * 1024;

  document.addEventListener("change", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.hasAttribute("data-max-bytes")) {
      return;
    }
    var maxBytes = Number(field.getAttribute("data-max-bytes"));
    var tooLarge = Array.prototype.filter
      .call(field.files || [], function (file) {
        return file.size > maxBytes;
      })
      .map(function (file) {
        return file.name;
      });
    field.setCustomValidity(
      tooLarge.length === 0
        ? ""
        : field
            .getAttribute("data-too-large")
            .replace("{0}", tooLarge.join(", "))
            .replace("{1}", String(Math.round(maxBytes / MEGABYTE)))
    );
    field.reportValidity();
  });
})();
