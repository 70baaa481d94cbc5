// Live inbox: when an incident is reported the server says so (server-sent events), and the list
// is read again and swapped in place; the status line tells screen readers what happened.
(function () {
  var status = document.getElementById('live-status');
  if (!window.EventSource || !status) { return; }
  var events = new EventSource(status.getAttribute('data-events'));
  events.addEventListener('ready', function () { document.body.setAttribute('data-live', 'on'); });
  events.addEventListener('incident', function (e) {
    fetch(window.location.href, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('inbox-list');
        if (!fresh) { return; }
        document.getElementById('inbox-list').innerHTML = fresh.innerHTML;
        status.textContent = status.getAttribute('data-updated').replace('{0}', e.data);
      });
  });
})();
