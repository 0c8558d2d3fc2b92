// After a refused form the layout puts the error summary first in <main> (Views/Shared/_ErrorSummary.cshtml).
// This moves keyboard and screen-reader focus to it, so the person starts where the problem is (issue 21,
// ADR 0082). A link in the summary moves focus to its field, not just the scroll position.
(function () {
    "use strict";

    var summary = document.getElementById("error-summary");
    if (!summary) {
        return;
    }

    summary.focus();

    summary.addEventListener("click", function (event) {
        var link = event.target.closest("a[href^='#']");
        if (!link) {
            return;
        }

        var field = document.getElementById(decodeURIComponent(link.getAttribute("href").substring(1)));
        if (field && typeof field.focus === "function") {
            event.preventDefault();
            field.scrollIntoView({ block: "center" });
            field.focus();
        }
    });
}());
