/*!
 * Why Card embed script. Turns each placeholder
 *   <div data-why-card data-ns="lesson-3"></div>
 * into an iframe of the app that grows and shrinks with its content, and re-dispatches the
 * app's messages as DOM events on the placeholder: why-card:ready, why-card:resize,
 * why-card:step, why-card:complete (event.detail holds the message).
 * Options (data attributes): data-src, data-ns, data-accent, data-situation, data-share,
 * data-height, data-title. See the README, "Embed in a course page".
 * Plain ES2017, no dependencies, nothing sent anywhere: it only talks to the frames it made.
 */
;(function () {
  'use strict'

  // Same range as the app reports (domain/embed-protocol.ts, HEIGHT_LIMITS): a frame that
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

  function clampHeight(value) {
    var n = Math.ceil(Number(value))
    if (!isFinite(n)) return null
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, n))
  }

  function frameUrl(placeholder) {
    var url = new URL(placeholder.getAttribute('data-src') || './', scriptBase)
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
    var url
    try {
      url = frameUrl(placeholder)
    } catch (error) {
      window.console.warn('Why Card: data-src is not a usable URL.', error)
      return
    }
    placeholder.setAttribute('data-why-card-mounted', '')
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

  // Only the fields the protocol defines are passed on, so a page never sees anything else.
  function detailOf(data) {
    var detail = { source: 'why-card', type: data.type }
    ;['version', 'count', 'height', 'index', 'id', 'why', 'pitch'].forEach(function (key) {
      var value = data[key]
      if (typeof value === 'number' || typeof value === 'string') detail[key] = value
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
