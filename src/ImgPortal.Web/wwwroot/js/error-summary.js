// After a refused form the layout puts the error summary first in <main> (Views/Shared/_ErrorSummary.cshtml).
// This moves keyboard and screen-reader focus to it, so the person starts where the problem is (issue 21,
// ADR 0082). A link in the summary moves focus to its field, not just the scroll position.
(function () {
    "use strict";

    var summary = document.getElementById("error-summary");
    if (!summary) {
        return;
    }

    // The server lists errors in the order the rules found them; the person reads the form from the top, so the
    // list follows the order of the fields on the page (errors without a field stay first).
    var list = summary.querySelector("ul");
    var targetOf = function (item) {
        var link = item.querySelector("a[href^='#']");
        return link ? document.getElementById(decodeURIComponent(link.getAttribute("href").substring(1))) : null;
    };
    if (list) {
        var items = Array.prototype.slice.call(list.children);
        items.sort(function (a, b) {
            var first = targetOf(a);
            var second = targetOf(b);
            if (!first || !second) {
                return (first ? 1 : 0) - (second ? 1 : 0);
            }

            return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
        items.forEach(function (item) {
            list.appendChild(item);
        });
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
