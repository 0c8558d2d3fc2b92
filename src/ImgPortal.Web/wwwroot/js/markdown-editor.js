// The page editor's toolbar (with a glossary-term pick list) and live preview (ADR 0050). An enhancement: without this file the textareas
// work as plain Markdown fields. No inline script or style (CSP): classes only, events bound here.
(function () {
    "use strict";

    var buttons = [
        { label: "Heading", title: "Heading", before: "## ", after: "", line: true, sample: "Heading" },
        { label: "Bold", title: "Bold", before: "**", after: "**", sample: "bold text" },
        { label: "Bulleted list", title: "Bulleted list", before: "- ", after: "", line: true, sample: "List item" },
        { label: "Numbered list", title: "Numbered list", before: "1. ", after: "", line: true, sample: "List item" },
        // The selected words stay the link's text; the address placeholder is selected, ready to be typed over.
        { label: "Link", title: "Link", before: "[", after: "](https://)", sample: "link text", address: "https://" }
    ];

    function wrap(area, button) {
        var start = area.selectionStart, end = area.selectionEnd, text = area.value;
        var chosen = text.slice(start, end) || button.sample;
        var before = button.before;
        if (button.line && start > 0 && text.charAt(start - 1) !== "\n") {
            before = "\n" + before;
        }
        area.value = text.slice(0, start) + before + chosen + button.after + text.slice(end);
        area.focus();
        if (button.address && end > start) {
            var address = start + before.length + chosen.length + button.after.indexOf(button.address);
            area.setSelectionRange(address, address + button.address.length);
        } else {
            area.setSelectionRange(start + before.length, start + before.length + chosen.length);
        }
        area.dispatchEvent(new Event("input", { bubbles: true }));
    }

    // Enter at the end of a list item starts the next item ("- ", or the next number); Enter on an empty item ends the list.
    var listItem = /^(\s*)([-*+]|(\d+)[.)])(\s+)(.*)$/;
    function continueList(area, event) {
        if (event.key !== "Enter" || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) {
            return;
        }
        var start = area.selectionStart, end = area.selectionEnd, text = area.value;
        if (start !== end || (end < text.length && text.charAt(end) !== "\n")) {
            return;
        }
        var lineStart = text.lastIndexOf("\n", start - 1) + 1;
        var match = listItem.exec(text.slice(lineStart, start));
        if (!match) {
            return;
        }
        event.preventDefault();
        var insert;
        if (match[5].trim() === "") {
            // An empty item: the list ends here. The marker goes and a blank line follows, so the next words are a new paragraph.
            area.value = text.slice(0, lineStart) + "\n" + text.slice(start);
            area.setSelectionRange(lineStart + 1, lineStart + 1);
        } else {
            var marker = match[3] ? (parseInt(match[3], 10) + 1) + match[2].slice(-1) : match[2];
            insert = "\n" + match[1] + marker + match[4];
            area.value = text.slice(0, start) + insert + text.slice(end);
            area.setSelectionRange(start + insert.length, start + insert.length);
        }
        area.dispatchEvent(new Event("input", { bubbles: true }));
    }

    // The glossary's terms, from the list the editor shows without script (#glossary-terms).
    var terms = Array.prototype.map.call(document.querySelectorAll("#glossary-terms [data-term]"), function (item) {
        return item.getAttribute("data-term");
    });

    function insert(area, text) {
        var start = area.selectionStart, end = area.selectionEnd, value = area.value;
        area.value = value.slice(0, start) + text + value.slice(end);
        area.focus();
        area.setSelectionRange(start + text.length, start + text.length);
        area.dispatchEvent(new Event("input", { bubbles: true }));
    }

    // A pick list of glossary terms and a button that inserts the chosen one; the visible words are the names.
    function glossaryPicker(area) {
        var group = document.createElement("span");
        group.className = "d-inline-flex gap-1 align-items-center glossary-pick";
        var select = document.createElement("select");
        select.className = "form-select form-select-sm w-auto";
        select.id = area.id + "-term";
        var label = document.createElement("label");
        label.className = "small";
        label.htmlFor = select.id;
        label.textContent = "Glossary term";
        terms.forEach(function (term) {
            var option = document.createElement("option");
            option.value = term;
            option.textContent = term;
            select.appendChild(option);
        });
        var button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-sm btn-outline-secondary";
        button.textContent = "Insert term";
        button.addEventListener("click", function () { insert(area, select.value); });
        group.appendChild(label);
        group.appendChild(select);
        group.appendChild(button);
        return group;
    }

    function enhance(area, url, token) {
        var toolbar = document.createElement("div");
        toolbar.className = "btn-toolbar gap-1 mb-1 markdown-toolbar";
        toolbar.setAttribute("role", "toolbar");
        toolbar.setAttribute("aria-label", "Formatting for " + (area.labels && area.labels[0] ? area.labels[0].textContent.trim() : "the text"));
        toolbar.setAttribute("aria-controls", area.id);
        buttons.forEach(function (b) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "btn btn-sm btn-outline-secondary";
            button.textContent = b.label;
            button.title = b.title; // the visible text is the accessible name (axe: label-content-name-mismatch)
            button.addEventListener("click", function () { wrap(area, b); });
            toolbar.appendChild(button);
        });
        if (terms.length > 0) {
            toolbar.appendChild(glossaryPicker(area));
        }
        area.addEventListener("keydown", function (event) { continueList(area, event); });

        var row = document.createElement("div");
        row.className = "row g-2 markdown-editor";
        var left = document.createElement("div");
        left.className = "col-lg-6";
        var right = document.createElement("div");
        right.className = "col-lg-6";
        var heading = document.createElement("p");
        heading.className = "small text-body-secondary mb-1";
        heading.textContent = "Preview, as visitors will see it";
        var preview = document.createElement("div");
        preview.className = "border rounded p-2 markdown-preview";
        preview.id = area.id + "-preview";
        preview.setAttribute("aria-live", "polite");
        // Each preview is a named region; the section's legend keeps the names unique (axe: landmark-unique).
        var fieldset = area.closest("fieldset");
        var legend = fieldset ? fieldset.querySelector("legend") : null;
        var fieldName = area.labels && area.labels[0] ? area.labels[0].textContent.trim() : "the text";
        preview.setAttribute("aria-label", "Preview of " + (legend ? legend.textContent.trim() + ", " : "") + fieldName);
        preview.setAttribute("role", "region");

        area.parentNode.insertBefore(row, area);
        left.appendChild(toolbar);
        left.appendChild(area);
        right.appendChild(heading);
        right.appendChild(preview);
        row.appendChild(left);
        row.appendChild(right);

        var timer = null, sent = 0;
        function refresh() {
            var body = new FormData();
            body.append("markdown", area.value);
            body.append("__RequestVerificationToken", token);
            var mine = ++sent;
            fetch(url, { method: "POST", body: body, credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
                .then(function (html) { if (mine === sent) { preview.innerHTML = html; } })
                .catch(function () { if (mine === sent) { preview.textContent = "The preview is not available right now; your text is safe in the form."; } });
        }
        area.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(refresh, 300);
        });
        refresh();
    }

    document.querySelectorAll("form[data-preview-url]").forEach(function (form) {
        var token = form.querySelector("input[name='__RequestVerificationToken']");
        if (!token) {
            return;
        }
        form.querySelectorAll("textarea[data-markdown]").forEach(function (area) {
            enhance(area, form.getAttribute("data-preview-url"), token.value);
        });
    });
})();
