// "Move up" / "Move down" on the page editor's sections, in place (issue 13). An enhancement: without this file
// each button posts the whole form to its formaction, which saves the draft with the new order and comes back.
// With it, a move swaps the two blocks in the form, renumbers their fields so the form posts them in the new
// order, keeps focus on the moved block's button and says where it went; saving the draft keeps the order.
(function () {
    "use strict";

    var form = document.getElementById("page-editor");
    var status = document.getElementById("section-moves-status");
    if (!form || !status) {
        return;
    }

    var attributes = ["name", "id", "for", "data-valmsg-for", "aria-controls", "aria-describedby"];

    function sections() {
        return Array.prototype.slice.call(form.querySelectorAll("fieldset[data-section=existing]"));
    }

    function headingOf(block, position) {
        var input = block.querySelector("input[name$='.Heading']");
        var text = input ? input.value.trim() : "";
        return text || "section " + position;
    }

    function renumber() {
        var list = sections();
        list.forEach(function (block, i) {
            var position = i + 1;
            block.id = "section-" + position;
            var legend = block.querySelector("legend");
            if (legend) {
                legend.textContent = "Section " + position;
            }
            block.querySelectorAll("*").forEach(function (element) {
                attributes.forEach(function (attribute) {
                    var value = element.getAttribute(attribute);
                    if (value) {
                        element.setAttribute(attribute, value
                            .replace(/Sections\[\d+\]/g, "Sections[" + i + "]")
                            .replace(/Sections_\d+__/g, "Sections_" + i + "__"));
                    }
                });
            });
            block.querySelectorAll(".markdown-preview[aria-label]").forEach(function (preview) {
                preview.setAttribute("aria-label", preview.getAttribute("aria-label").replace(/^Preview of Section \d+/, "Preview of Section " + position));
            });
            var name = headingOf(block, position);
            block.querySelectorAll("button[data-move]").forEach(function (button) {
                var up = button.getAttribute("data-move") === "up";
                button.disabled = up ? i === 0 : i === list.length - 1;
                button.setAttribute("formaction", button.getAttribute("formaction").replace(/\/sections\/\d+\//, "/sections/" + i + "/"));
                var hidden = button.querySelector(".visually-hidden");
                if (hidden) {
                    hidden.textContent = " \u201c" + name + "\u201d";
                }
            });
        });
    }

    form.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-move]");
        if (!button || button.disabled) {
            return;
        }
        event.preventDefault();
        var block = button.closest("fieldset[data-section=existing]");
        var list = sections();
        var index = list.indexOf(block);
        var up = button.getAttribute("data-move") === "up";
        var other = list[up ? index - 1 : index + 1];
        if (!other) {
            return;
        }
        if (up) {
            block.parentNode.insertBefore(block, other);
        } else {
            block.parentNode.insertBefore(other, block);
        }
        renumber();
        var position = sections().indexOf(block) + 1;
        // The moved block's button keeps focus; at the top or bottom it is disabled, so its partner takes it.
        var focus = button.disabled ? block.querySelector("button[data-move='" + (up ? "down" : "up") + "']") : button;
        focus.focus();
        status.textContent = "\u201c" + headingOf(block, position) + "\u201d is now section " + position + " of " + list.length +
            ". Save the draft to keep the new order.";
    });

    form.addEventListener("input", function (event) {
        if (event.target.matches("input[name$='.Heading']")) {
            renumber();
        }
    });
})();
