/* global vis */
// vis-timeline given the same dataset and set up as its docs suggest: groups for lanes,
// items with start/end, stacking on. data-ready once its first redraw has happened.
(async function () {
  const url = new URL(new URLSearchParams(location.search).get('data'), location.href);
  const data = await (await fetch(url)).json();
  const parse = (s) => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(s);
    return new Date(Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1, +m[4] || 0, +m[5] || 0));
  };
  const items = new vis.DataSet(
    data.events.map((e) => ({
      id: e.id,
      group: e.lane,
      content: e.title,
      start: parse(e.start),
      ...(e.end ? { end: parse(e.end) } : {}),
    })),
  );
  const groups = new vis.DataSet(data.lanes.map((l) => ({ id: l.id, content: l.label })));
  const container = document.getElementById('timeline');
  const timeline = new vis.Timeline(container, items, groups, {
    stack: true,
    showCurrentTime: false,
    height: '760px',
    zoomMin: 2 * 3600 * 1000,
  });
  // The bench reads the visible window to aim its gestures.
  window.__vis = timeline;
  let ready = false;
  timeline.on('changed', () => {
    if (ready) return;
    ready = true;
    container.setAttribute('data-ready', 'true');
  });
})();
