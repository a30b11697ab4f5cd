// Rep'Aero console: small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // After a refused form, take keyboard and screen-reader users to the list of errors.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    return;
  }
  // After a search, keep the cursor in the search box only when the user came from it.
  var created = document.getElementById('created-notice') || document.getElementById('done-notice');
  if (created) {
    created.setAttribute('tabindex', '-1');
    created.focus();
  }
});
