// Injected before any page script: records when data-ready first shows (one frame after
// the commit), every frame (its time and delta) while recording, and every long task.
(function () {
  var b = { ready: null, readyEpoch: null, frames: [], rec: false, long: [] };
  window.__b = b;
  new MutationObserver(function (_, obs) {
    if (document.querySelector('[data-ready="true"]')) {
      requestAnimationFrame(function () {
        b.ready = performance.now();
        b.readyEpoch = performance.timeOrigin + b.ready;
        performance.mark('dt:ready');
      });
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        b.long.push({ start: e.startTime, dur: e.duration });
      });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API */
  }
  var last = 0;
  function tick(t) {
    if (b.rec && last) b.frames.push({ t: t, d: t - last });
    last = t;
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
