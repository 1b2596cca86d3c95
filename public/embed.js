/*!
 * Why Card embed script. Turns each placeholder
 *   <div data-why-card data-ns="lesson-3"></div>
 * into an iframe of the app that grows and shrinks with its content, and re-dispatches the
 * app's messages as DOM events on the placeholder: why-card:ready, why-card:resize,
 * why-card:step, why-card:complete (event.detail holds the message).
 * Options (data attributes): data-src, data-ns, data-accent, data-situation, data-share,
 * data-height, data-title. See the README, "Embed in a course page".
 * data-src must be an http(s) URL on this script's own origin, unless the script tag itself opts
 * in to more: <script src=".../embed.js" data-allow-origins="https://a.example https://b.example">.
 * A placeholder is often learner-written HTML, so it never widens what the script tag allows.
 * Plain ES2017, no dependencies, nothing sent anywhere: it only talks to the frames it made.
 */
;(function () {
  'use strict'

  // Same range as the app reports (domain/embed/embed-protocol.ts, HEIGHT_LIMITS): a frame that
  // sends nonsense cannot collapse the frame or stretch the course page without end.
  var MIN_HEIGHT = 200
  var MAX_HEIGHT = 20000
  var DEFAULT_HEIGHT = 700
  var TYPES = ['ready', 'resize', 'step', 'complete']
  var PASSED_ON = ['ns', 'accent', 'situation', 'share']

  if (window.WhyCardEmbed) {
    // The script was included twice: the first copy already listens; just pick up new placeholders.
    window.WhyCardEmbed.scan()
    return
  }

  // The app lives next to this script unless a placeholder says otherwise.
  var script = document.currentScript
  var scriptBase = script && script.src ? script.src : document.baseURI
  var embeds = []
  var allowedOrigins = allowedOriginsOf(script, scriptBase)
  var MAX_TEXT = 20000

  // The script's own origin, plus the origins its own tag lists. Anything that is not an
  // http(s) origin (a typo, 'null', '*') is ignored rather than trusted.
  function allowedOriginsOf(tag, base) {
    var origins = []
    try {
      var own = new URL(base)
      if (own.protocol === 'http:' || own.protocol === 'https:') origins.push(own.origin)
    } catch (_error) {
      // No usable base: only the listed origins are allowed.
    }
    var listed = (tag && tag.getAttribute('data-allow-origins')) || ''
    listed.split(/\s+/).forEach(function (entry) {
      if (!entry) return
      try {
        var url = new URL(entry)
        if (
          (url.protocol === 'http:' || url.protocol === 'https:') &&
          url.origin === entry.replace(/\/$/, '')
        )
          origins.push(url.origin)
        else
          window.console.warn(
            'Why Card: data-allow-origins takes origins like https://example.org; ignored "' +
              entry +
              '".',
          )
      } catch (_error) {
        window.console.warn(
          'Why Card: data-allow-origins takes origins like https://example.org; ignored "' +
            entry +
            '".',
        )
      }
    })
    return origins
  }

  function clampHeight(value) {
    var n = Math.ceil(Number(value))
    if (!isFinite(n)) return null
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, n))
  }

  // Returns the frame's URL, or a sentence saying why there is none. A javascript: or data: URL
  // would run in (or impersonate) the course page, so only http(s) on an allowed origin passes.
  function frameUrl(placeholder) {
    var url
    try {
      url = new URL(placeholder.getAttribute('data-src') || './', scriptBase)
    } catch (_error) {
      return 'data-src is not a usable URL'
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'data-src must be an http: or https: URL, not ' + url.protocol
    if (allowedOrigins.indexOf(url.origin) === -1)
      return (
        'data-src points at ' +
        url.origin +
        ', which this page has not allowed (add it to data-allow-origins on the embed.js script tag)'
      )
    url.searchParams.set('embed', '1')
    PASSED_ON.forEach(function (name) {
      var value = placeholder.getAttribute('data-' + name)
      // The app validates every value and warns in the console about a bad one.
      if (value) url.searchParams.set(name, value)
    })
    // Tells the app where to send its messages; an opaque ('null') origin cannot be a target.
    if (/^https?:$/.test(window.location.protocol))
      url.searchParams.set('origin', window.location.origin)
    return url
  }

  function mount(placeholder) {
    if (placeholder.hasAttribute('data-why-card-mounted')) return
    var url = frameUrl(placeholder)
    placeholder.setAttribute('data-why-card-mounted', '')
    if (typeof url === 'string') {
      // Marked as mounted all the same, so a rescan does not warn again for the same placeholder.
      window.console.warn('Why Card: no frame made: ' + url + '.')
      return
    }
    var iframe = document.createElement('iframe')
    iframe.src = url.href
    iframe.title = placeholder.getAttribute('data-title') || 'Why Card: write your why pitch'
    iframe.setAttribute('allow', 'clipboard-write')
    iframe.setAttribute('loading', 'lazy')
    iframe.style.display = 'block'
    iframe.style.width = '100%'
    iframe.style.minWidth = '320px'
    iframe.style.border = '0'
    // The fixed height is what the frame keeps until the app reports its own.
    iframe.style.height =
      (clampHeight(placeholder.getAttribute('data-height')) || DEFAULT_HEIGHT) + 'px'
    placeholder.appendChild(iframe)
    embeds.push({ placeholder: placeholder, iframe: iframe, origin: url.origin, steps: 0 })
  }

  function scan() {
    var found = document.querySelectorAll('[data-why-card]')
    for (var i = 0; i < found.length; i += 1) mount(found[i])
  }

  // Only the fields the protocol defines are passed on, each with its own type, so a page
  // never sees anything else (no objects, no getters, no numbers where text belongs).
  var FIELD_TYPES = {
    version: 'number',
    count: 'number',
    height: 'number',
    index: 'number',
    id: 'string',
    why: 'string',
    pitch: 'string',
  }
  function detailOf(data) {
    var detail = { source: 'why-card', type: data.type }
    Object.keys(FIELD_TYPES).forEach(function (key) {
      var value = data[key]
      if (typeof value !== FIELD_TYPES[key]) return
      if (typeof value === 'number' && !isFinite(value)) return
      if (typeof value === 'string' && value.length > MAX_TEXT) return
      if (key === 'id' && !/^[a-z-]{1,40}$/.test(value)) return
      detail[key] = value
    })
    return detail
  }

  function onMessage(event) {
    var embed = null
    for (var i = 0; i < embeds.length; i += 1) {
      // The sender must be our own frame's window, speaking from the app's origin.
      if (event.source === embeds[i].iframe.contentWindow) embed = embeds[i]
    }
    if (!embed || event.origin !== embed.origin) return
    var data = event.data
    if (!data || typeof data !== 'object' || data.source !== 'why-card') return
    if (TYPES.indexOf(data.type) === -1) return

    if (data.type === 'resize') {
      var height = typeof data.height === 'number' ? clampHeight(data.height) : null
      if (height === null) return
      embed.iframe.style.height = height + 'px'
    }
    if (data.type === 'step') {
      embed.steps += 1
      // After Next at the foot of a long step, bring the top of the new step back into view.
      if (embed.steps > 1 && embed.iframe.getBoundingClientRect().top < 0) {
        embed.iframe.scrollIntoView({ block: 'start' })
      }
    }
    embed.placeholder.dispatchEvent(
      new CustomEvent('why-card:' + data.type, { detail: detailOf(data), bubbles: true }),
    )
  }

  window.WhyCardEmbed = { scan: scan }
  window.addEventListener('message', onMessage)
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan)
  else scan()
})()
