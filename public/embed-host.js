/*
 * diplomatic-timeline embed host script (optional). Sizes every
 * <iframe data-diplomatic-timeline src=".../embed.html"> to the height its page posts:
 *   { type: 'diplomatic-timeline:height', height: <px>, id: <the embed URL's frame param> }
 * A message counts only if it comes from that iframe's window and from the origin of its src.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (
      !data ||
      data.type !== 'diplomatic-timeline:height' ||
      typeof data.height !== 'number' ||
      !isFinite(data.height)
    )
      return;
    var frames = document.querySelectorAll('iframe[data-diplomatic-timeline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = new URL(frame.getAttribute('src') || '', document.baseURI).origin;
      if (origin !== event.origin) return;
      frame.style.height = Math.max(0, Math.min(Math.ceil(data.height), 100000)) + 'px';
      frame.setAttribute('data-sized', 'true');
      return;
    }
  });
})();
