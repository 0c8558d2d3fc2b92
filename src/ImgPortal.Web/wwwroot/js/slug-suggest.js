// The new-page form suggests the address from the title as it is typed (lowercase words joined by hyphens), until the
// address is edited by hand: from then on it is left alone. An enhancement: without this file both fields are typed.
(function () {
    "use strict";

    var form = document.getElementById("new-page-form");
    var title = form ? form.querySelector("input[name='Title']") : null;
    var slug = form ? form.querySelector("input[name='Slug']") : null;
    if (!title || !slug) {
        return;
    }

    var max = parseInt(slug.getAttribute("maxlength"), 10) || 80;
    function suggest(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
            .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "");
    }

    // An address already typed (a form shown again after a refusal) counts as edited unless it is the suggestion.
    var byHand = slug.value !== "" && slug.value !== suggest(title.value);
    slug.addEventListener("input", function () {
        byHand = slug.value !== "";
    });
    title.addEventListener("input", function () {
        if (!byHand) {
            slug.value = suggest(title.value);
        }
    });
})();
