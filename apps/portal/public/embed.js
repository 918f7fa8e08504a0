/*
 * Linja widget. Put on a member association's site:
 *
 *   <script src="https://linja.example/embed.js" data-network="perhelinja"
 *           data-organization="<organisation id>" data-theme="<theme id or slug>"
 *           data-region="<3-digit municipality code>" data-lang="fi"
 *           data-other-help="true" async></script>
 *
 * data-other-help="true" also lists help outside the network (its other providers that fit), in a
 * section of its own after the network's services.
 *
 * It inserts an iframe of /embed/<network>?… right after the script tag; the framed page reports its
 * height with postMessage and the iframe follows it (no scroll bars, no fixed height). Plain ES5, no
 * dependencies, nothing stored, no cookies read.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.getAttribute('data-network')) return;
  var origin = new URL(script.src, document.baseURI).origin;
  var network = script.getAttribute('data-network');
  var params = new URLSearchParams();
  ['organization', 'theme', 'region', 'lang'].forEach(function (key) {
    var value = script.getAttribute('data-' + key);
    if (value) params.set(key, value);
  });
  if (script.getAttribute('data-other-help') === 'true') params.set('otherHelp', '1');
  var query = params.toString();
  var iframe = document.createElement('iframe');
  iframe.src = origin + '/embed/' + encodeURIComponent(network) + (query ? '?' + query : '');
  iframe.title = script.getAttribute('data-title') || 'Linja';
  iframe.loading = 'lazy';
  iframe.referrerPolicy = 'no-referrer';
  iframe.style.width = '100%';
  iframe.style.minHeight = '200px';
  iframe.style.border = '0';
  iframe.style.display = 'block';
  iframe.setAttribute('data-linja-embed', network);
  script.parentNode.insertBefore(iframe, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== iframe.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'linja:embed-height' || typeof data.height !== 'number') return;
    iframe.style.height = Math.max(100, Math.min(data.height, 20000)) + 'px';
  });
})();
