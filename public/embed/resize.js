/*
 * Optional script for pages that embed this site's widgets: sizes each widget's iframe to its content.
 * Add once per page, anywhere:  <script src="https://<this site>/embed/resize.js" defer></script>
 * It listens for the AMP resize message { sentinel: 'amp', type: 'embed-size', height } and accepts it
 * only from this site's origin, only with a sane height, and only for the iframe that sent it
 * (event.source) whose address is one of this site's widgets. It sends nothing and stores nothing.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var widgets = new URL('./', script.src).href; // https://<site>/<base>/embed/
  var origin = new URL(widgets).origin;
  var MAX_HEIGHT = 20000;

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && frame.src.indexOf(widgets) === 0) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
