// Polls an upload's status and reloads the page when the import has ended; the page works without it (a refresh link).
(function () {
  var status = document.getElementById('upload-status');
  if (!status) return;
  var url = status.getAttribute('data-status-url');
  var log = document.getElementById('upload-progress');
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (log) {
          log.textContent = '';
          job.progress.forEach(function (line) { var li = document.createElement('li'); li.textContent = line; log.appendChild(li); });
        }
        if (job.state !== 'Running') { window.location.reload(); } else { setTimeout(poll, 1000); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();
