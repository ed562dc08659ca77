// A calendar says it has no events only once its events have come. FullCalendar draws its list
// with "no events" at once and PrimeFaces fetches the events afterwards, so the calendar starts
// marked as loading (which hides that message, see opeverkko.css) next to a loading notice, and
// the mark and the notice go when FullCalendar reports the fetch done. Used as the p:schedule's
// extender; a file, not an inline script, for the CSP.
function opeverkkoCalendar() {
  var id = this.cfg.id;
  this.cfg.options.loading = function (isLoading) {
    document.getElementById(id).classList.toggle("calendar-loading", isLoading);
    var notice = document.querySelector("[data-loading-for='" + id + "']");
    if (notice) {
      notice.hidden = !isLoading;
    }
  };
}
