// The printable plan's button opens the browser's print dialog (no inline script: the CSP).
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
