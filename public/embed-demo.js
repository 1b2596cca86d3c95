// The demo page's own script (not needed by coaches): lists the events each embed sends, to
// show what a course page can listen for without any postMessage code.
;(function () {
  'use strict'
  var TYPES = ['ready', 'step', 'complete']

  function describe(detail) {
    if (detail.type === 'step')
      return 'step ' + (detail.index + 1) + ' of ' + detail.count + ': ' + detail.id
    if (detail.type === 'complete' && detail.why) return 'complete: “' + detail.why + '”'
    return detail.type
  }

  TYPES.forEach(function (type) {
    document.addEventListener('why-card:' + type, function (event) {
      var ns = event.target.getAttribute('data-ns')
      var log = document.querySelector('[data-why-card-log="' + ns + '"]')
      if (!log) return
      var item = document.createElement('li')
      item.textContent = describe(event.detail)
      log.appendChild(item)
    })
  })
})()
