// The phone menus (the header's and the staff area's): a button with data-bs-toggle="collapse" opens and closes
// the element its data-bs-target names, with Bootstrap's own classes and height transition (.collapse, .collapsing,
// .show, .collapsed). The portal needs nothing else from Bootstrap's 80 KB script, so this replaces it on every
// page (ADR 0061). Loaded with defer: it runs once the page is parsed.
(function () {
    "use strict";

    function duration(element) {
        var style = window.getComputedStyle(element);
        var seconds = function (value) { return parseFloat(value) || 0; };
        return (seconds(style.transitionDuration) + seconds(style.transitionDelay)) * 1000;
    }

    // Runs done once the height transition ends, or at once when there is none (reduced motion).
    function afterTransition(element, done) {
        var wait = duration(element);
        if (wait === 0) {
            done();
            return;
        }

        var finished = false;
        var finish = function () {
            if (!finished) {
                finished = true;
                element.removeEventListener("transitionend", finish);
                done();
            }
        };
        element.addEventListener("transitionend", finish);
        window.setTimeout(finish, wait + 50);
    }

    function setButtons(target, open) {
        document.querySelectorAll('[data-bs-toggle="collapse"]').forEach(function (button) {
            if (document.querySelector(button.getAttribute("data-bs-target")) === target) {
                button.classList.toggle("collapsed", !open);
                button.setAttribute("aria-expanded", open ? "true" : "false");
            }
        });
    }

    function show(target) {
        target.classList.remove("collapse");
        target.classList.add("collapsing");
        target.style.height = "0";
        setButtons(target, true);
        target.style.height = target.scrollHeight + "px";
        afterTransition(target, function () {
            target.classList.remove("collapsing");
            target.classList.add("collapse", "show");
            target.style.height = "";
        });
    }

    function hide(target) {
        target.style.height = target.getBoundingClientRect().height + "px";
        void target.offsetHeight; // the height above must apply before the transition starts
        target.classList.add("collapsing");
        target.classList.remove("collapse", "show");
        setButtons(target, false);
        target.style.height = "";
        afterTransition(target, function () {
            target.classList.remove("collapsing");
            target.classList.add("collapse");
        });
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest('[data-bs-toggle="collapse"]');
        var target = button && document.querySelector(button.getAttribute("data-bs-target"));
        if (!target || target.classList.contains("collapsing")) {
            return;
        }

        event.preventDefault();
        if (target.classList.contains("show")) {
            hide(target);
        } else {
            show(target);
        }
    });
})();
