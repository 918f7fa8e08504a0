/*
 * Linja portal: the promises of a server-rendered first screen before the portal's own script has
 * taken it over (hydrated it; ARCHITECTURE.md → The public portal, "The first screen comes rendered").
 * The API adds this file (same origin: the CSP's script-src 'self') only to pages it rendered.
 *
 * - Quick exit (the button, Esc pressed 3 times within 1.5 s) works at once: sessionStorage is
 *   cleared and the page is replaced (location.replace), as lib/quickExit.ts does.
 * - The visit stays one history entry: a link into the portal replaces the page instead of adding an
 *   entry; the skip link focuses the content without a fragment entry; a search submitted early is
 *   held and submitted again as soon as the app runs (never a native submit, which would add one).
 * - A press on one of the app's buttons or checkboxes (show more, a filter) is held too (a
 *   checkbox is not toggled meanwhile) and pressed again once the app runs: no tap is lost.
 *
 * - The app hydrates the page on the person's first interaction (src/lib/lazyHydration.ts), from
 *   when its script has run. An interaction before that is marked here (<html data-linja-acted>),
 *   so the app hydrates at once when it arrives (and replays a held search).
 *
 * Once the app has hydrated the page it marks <html data-linja-app> and this file stands aside (the
 * app's own handlers do all of this from then on). ES5, no dependencies.
 */
(function () {
  'use strict';
  var EXIT = 'https://www.google.com/';
  var root = document.documentElement;
  var presses = [];
  var heldForm = null;
  var heldControl = null;

  function live() {
    return root.hasAttribute('data-linja-app');
  }

  function leave() {
    try {
      window.sessionStorage.clear();
    } catch (e) {
      // Storage unavailable: nothing to clear.
    }
    window.location.replace(EXIT);
  }

  function closest(node, test) {
    while (node && node.nodeType === 1) {
      if (test(node)) return node;
      node = node.parentNode;
    }
    return null;
  }

  function acted(event) {
    if (event.type === 'keydown' && event.key === 'Escape') return;
    root.setAttribute('data-linja-acted', '');
  }
  ['pointerdown', 'touchstart', 'keydown', 'focusin'].forEach(function (type) {
    document.addEventListener(type, acted, { capture: true, passive: true });
  });

  document.addEventListener('click', function (event) {
    if (live() || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var exit = closest(event.target, function (el) {
      return el.classList && el.classList.contains('quick-exit');
    });
    if (exit) {
      event.preventDefault();
      leave();
      return;
    }
    var control = closest(event.target, function (el) {
      return (
        (el.tagName === 'BUTTON' && el.type === 'button') ||
        (el.tagName === 'INPUT' && el.type === 'checkbox')
      );
    });
    if (control) {
      if (control.tagName === 'INPUT') event.preventDefault();
      heldControl = control;
      root.setAttribute('data-linja-acted', '');
      return;
    }
    var link = closest(event.target, function (el) {
      return el.tagName === 'A' && el.hasAttribute('href');
    });
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    var href = link.getAttribute('href');
    if (href.charAt(0) === '#') {
      var target = document.getElementById(href.slice(1));
      event.preventDefault();
      if (target) target.focus();
      return;
    }
    if (link.origin !== window.location.origin) return;
    event.preventDefault();
    window.location.replace(link.href);
  });

  document.addEventListener('submit', function (event) {
    if (live() || event.defaultPrevented) return;
    event.preventDefault();
    heldForm = event.target;
    root.setAttribute('data-linja-acted', '');
  });

  document.addEventListener('linja:app', function () {
    var form = heldForm;
    heldForm = null;
    if (form && form.isConnected && typeof form.requestSubmit === 'function') form.requestSubmit();
    var control = heldControl;
    heldControl = null;
    if (control && control.isConnected) control.click();
  });

  document.addEventListener('keydown', function (event) {
    if (live() || event.key !== 'Escape') return;
    var now = Date.now();
    presses = presses.filter(function (at) {
      return now - at < 1500;
    });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
