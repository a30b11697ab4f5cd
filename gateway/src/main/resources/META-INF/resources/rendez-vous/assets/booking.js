// Rep'Aero booking pages: small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // After a refused form, take keyboard and screen-reader users to the list of errors.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // On phones the days are a sideways strip: bring the chosen day into view.
  var day = document.querySelector('.days a[aria-current="date"]');
  if (day && day.scrollIntoView && !summary) {
    day.scrollIntoView({ block: 'nearest', inline: 'center' });
  }
  // A second click would send the same signed form again (refused as already used): one click, one submission.
  var form = document.getElementById('booking-form');
  var send = document.getElementById('send');
  if (form && send) {
    form.addEventListener('submit', function () {
      window.setTimeout(function () { send.disabled = true; }, 0);
    });
  }
});
