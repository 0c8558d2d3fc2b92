// Date fields show their value with the month's name beside them ("August 3, 2030"), so a browser that displays
// 08/03/2030 is never read as March 8 by someone used to day-month-year.
(function () {
    'use strict';
    var format = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    document.querySelectorAll('input[type=date]').forEach(function (input, index) {
        var readout = document.createElement('span');
        readout.className = 'form-text d-block date-readout';
        readout.id = (input.id || 'date-' + index) + '-readout';
        readout.setAttribute('aria-live', 'polite');
        input.insertAdjacentElement('afterend', readout);
        function show() {
            var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
            readout.textContent = match
                ? 'That is ' + format.format(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]))) + '.'
                : '';
        }
        input.addEventListener('input', show);
        input.addEventListener('change', show);
        show();
    });
})();
