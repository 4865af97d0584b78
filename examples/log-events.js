// Logs the element's events on the page, as a host would listen to them.
const log = document.getElementById('log');
for (const type of ['timeline-ready', 'timeline-select', 'timeline-error']) {
  document.addEventListener(type, (e) => {
    const who = e.target.id || e.target.tagName.toLowerCase();
    const d = e.detail;
    const what =
      type === 'timeline-select'
        ? d.event
          ? d.event.id
          : 'nothing'
        : type === 'timeline-ready'
          ? `${d.events} events`
          : `${d.problems.length} problems`;
    log.textContent += `${who}: ${type} ${what}\n`;
  });
}
