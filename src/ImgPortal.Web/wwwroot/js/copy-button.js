// Copy buttons: <button data-copy="text" data-copy-status="id-of-a-live-region" hidden>. Shown only where script
// runs; the text stays on the page as a link to select by hand.
(function () {
    'use strict';
    function fallbackCopy(text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'absolute';
        area.style.left = '-9999px';
        document.body.appendChild(area);
        area.select();
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        document.body.removeChild(area);
        return copied;
    }
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
        var status = document.getElementById(button.getAttribute('data-copy-status') || '');
        function say(text) { if (status) { status.textContent = text; } }
        button.hidden = false;
        button.addEventListener('click', function () {
            var text = button.getAttribute('data-copy') || '';
            var done = function () { say('Copied. Paste it into your calendar app.'); };
            var failed = function () {
                if (fallbackCopy(text)) { done(); } else { say('Your browser did not let us copy it: select the address above and copy it.'); }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(done, failed);
            } else {
                failed();
            }
        });
    });
})();
