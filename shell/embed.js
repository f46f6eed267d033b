/*
 * Ladder embed: one <script> tag on a partner page inserts the self-assessment in a
 * sandboxed iframe served from the tool's own site.
 *
 *   <a class="ladder-embed" href="https://tool.example/ladder/">Open the Ladder self-assessment</a>
 *   <script src="https://tool.example/ladder/embed.js" data-lang="es" data-model="models/digital-services.json"
 *           data-height="auto" async></script>
 *
 * The link is the fallback when scripts are off; the script replaces it with the frame.
 * data-lang      language of the interface and model (when the model has it)
 * data-model     a model file on the same site as the tool (resolved against embed.js)
 * data-height    a height in CSS pixels, or "auto" (default): the frame follows its content
 * data-title     the frame's accessible title
 *
 * Protocol (version 1; see README.md "Embedding"): the frame posts
 *   {protocol: "ladder-embed", version: 1, type: "resize", height}     to size itself
 *   {protocol: "ladder-embed", version: 1, type: "summary", summary}   only when the user presses
 *                                                                       "Share summary with <this site>"
 *   {protocol: "ladder-embed", version: 1, type: "show", top, height}  a message (an error, a
 *                                       confirmation) appeared there in the frame: this script
 *                                       scrolls the page to it if it is out of view
 * and this script re-dispatches a summary as a "ladder:summary" DOM event on the frame (it
 * bubbles to document). Messages are accepted only from the frame's window at the tool's origin.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var toolOrigin = base.origin;
  var data = script.dataset;

  var url = new URL('index.html', base);
  url.searchParams.set('embed', '1');
  url.searchParams.set('parent', window.location.origin);
  if (data.lang) url.searchParams.set('lang', data.lang);
  if (data.model) {
    var model = new URL(data.model, base);
    if (model.origin === toolOrigin) url.searchParams.set('model', model.pathname + model.search);
    else if (window.console) console.warn('Ladder embed: data-model must be on the same site as the tool; ignored.');
  }
  var fixedHeight = data.height && data.height !== 'auto' ? parseInt(data.height, 10) : 0;

  var frame = document.createElement('iframe');
  // Answers shared as a link to the partner's page ("#share=..."): the frame opens them, and
  // asks first, as the hosted page does. The fragment never goes to a server.
  if (window.location.hash.indexOf('#share=') === 0) url.hash = window.location.hash;
  frame.src = url.href;
  frame.title = data.title || 'Ladder: digital service maturity self-assessment';
  // Scripts and the tool's own storage (its origin, not the partner's), downloads of the
  // user's own files, and the print dialog. No top navigation, no popups, no forms.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads allow-modals');
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('referrerpolicy', 'origin');
  frame.style.cssText = 'display:block;width:100%;border:0;height:' + (fixedHeight || 640) + 'px';

  var fallback = script.previousElementSibling;
  if (fallback && fallback.classList && fallback.classList.contains('ladder-embed')) {
    fallback.parentNode.replaceChild(frame, fallback);
  } else {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== toolOrigin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.protocol !== 'ladder-embed' || message.version !== 1) return;
    if (message.type === 'resize' && !fixedHeight && typeof message.height === 'number') {
      frame.style.height = Math.max(320, Math.ceil(message.height)) + 'px';
    } else if (message.type === 'show' && typeof message.top === 'number' && typeof message.height === 'number') {
      // Bring the message into the window, if it is not, with as little movement as needed.
      var top = frame.getBoundingClientRect().top + message.top;
      var bottom = top + Math.max(0, message.height);
      var margin = 16;
      var shift = top < margin ? top - margin : bottom > window.innerHeight - margin ? bottom - window.innerHeight + margin : 0;
      if (shift !== 0) {
        var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        window.scrollBy({ top: shift, behavior: still ? 'auto' : 'smooth' });
      }
    } else if (message.type === 'summary' && message.summary) {
      frame.dispatchEvent(new CustomEvent('ladder:summary', { detail: message.summary, bubbles: true }));
    }
  });
})();
