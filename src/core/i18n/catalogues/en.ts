import type { Catalogue } from '../translator';

/**
 * The interface in English: the reference catalogue. Every other language has each key
 * here, the same {placeholders}, and every plural form its language needs
 * (tests/core/i18n/catalogues.test.ts). A plural message is picked by its {count}.
 * Validator and exporter messages are not here: they are data-level diagnostics, in English.
 */
const en = {
  // Dates (core/i18n/dateWords.ts)
  // The same as ENGLISH_DATE_MESSAGES (files and diagnostics; a test keeps them equal).
  'date.approximate': '{date} (approx.)',
  'date.range': '{start} – {end}',
  'date.withTime': '{date}, {time} {offset}',
  'date.bce': 'BCE',
  /** Between items of a list run into a sentence ("A, B"). */
  'list.separator': ', ',
  /** A verbatim quote in the reader's quotation marks. */
  'quote.marks': '“{quote}”',

  // The app's header and chrome
  'app.loading': 'Loading timeline…',
  'app.failed': 'Could not load',
  'load.fetching': 'Loading the data…',
  'load.checking': { one: 'Checking {count} event…', other: 'Checking {count} events…' },
  'app.edit': 'Edit',
  'app.openFullView': 'Open full view',
  'app.print': 'Print',
  'copy.button': 'Copy link',
  'copy.copied': 'Link copied',
  'copy.failed': 'Copy this link:',
  'copy.field': 'Link to this view',
  'announce.selected': 'Selected: {title}, {date}',

  // Problems found in the data (the messages themselves stay as the validator words them)
  'problems.warnings': {
    one: 'This dataset has {count} warning',
    other: 'This dataset has {count} warnings',
  },
  'problems.errors': {
    one: 'This dataset has {count} error; events with errors are not shown',
    other: 'This dataset has {count} errors; events with errors are not shown',
  },
  'problems.errorsAndWarnings': {
    one: 'This dataset has {count} error and {warnings}; events with errors are not shown',
    other: 'This dataset has {count} errors and {warnings}; events with errors are not shown',
  },
  /** Fills {warnings} above. */
  'problems.warningCount': { one: '{count} warning', other: '{count} warnings' },
  'problems.uncited': {
    one: '{count} event is not yet cited: it is shown, marked “Not yet cited”.',
    other: '{count} events are not yet cited: they are shown, marked “Not yet cited”.',
  },
  'problems.list': 'Problems, by place',
  'problems.error': 'error',
  'problems.warning': 'warning',

  // Search, filters, view
  'filter.searchLabel': 'Search events and sources',
  'filter.searchPlaceholder': 'Search events and sources…',
  'filter.lanes': 'Lanes',
  'filter.actors': 'Actors',
  'filter.sources': 'Sources',
  'filter.byLanes': 'Filter by lanes',
  'filter.byActors': 'Filter by actors',
  'filter.bySources': 'Filter by sources',
  'filter.clear': 'Clear filters',
  'filter.view': 'View',
  'filter.timeline': 'Timeline',
  'filter.list': 'List',
  'filter.total': { one: '{count} event', other: '{count} events' },
  'filter.match': {
    one: '{count} of {total} events match',
    other: '{count} of {total} events match',
  },
  'filter.matchVia': {
    one: '{count} of {total} events match ({via} through a passage they cite)',
    other: '{count} of {total} events match ({via} through a passage they cite)',
  },
  'filter.matchOutside': {
    one: '{count} of {total} events match; {outside} outside the view',
    other: '{count} of {total} events match; {outside} outside the view',
  },
  'filter.matchViaOutside': {
    one: '{count} of {total} events match ({via} through a passage they cite); {outside} outside the view',
    other:
      '{count} of {total} events match ({via} through a passage they cite); {outside} outside the view',
  },
  'filter.showAll': { one: 'Show the {count} result', other: 'Show all {count} results' },

  // An event in full
  'details.label': 'Event details',
  'details.previous': 'Previous',
  'details.next': 'Next',
  'details.previousEvent': 'Previous event: {title}',
  'details.nextEvent': 'Next event: {title}',
  'details.noPrevious': 'No previous event',
  'details.noNext': 'No next event',
  'details.position': '{n} of {total}',
  'details.notInSet': 'not in the filtered set',
  'details.close': 'Close details',
  'event.background': 'Background',
  'event.dateNote': 'Date: {note}',
  'event.disputed': 'Reports differ:',
  'event.citations': 'Citations',
  'event.uncited': 'Not yet cited',
  'event.uncitedNote':
    'Not yet cited: no passage of a source supports this event yet, so its summary is unchecked.',
  'event.draftNote': 'A draft: its summary is not yet tied to its citations, so it is unchecked.',
  'event.unverified': {
    one: '{count} quote given for it could not be found in the source.',
    other: '{count} quotes given for it could not be found in the source.',
  },
  'event.media': 'Media',
  'actors.label': 'With:',
  'actors.office': '({office})',
  'actors.aliases': '(also reported as {aliases})',
  'actors.officeAndAliases': '({office}; also reported as {aliases})',
  'claim.marker': 'Citation {n}: {source}',
  'citation.language': 'original language: {language}',
  'citation.open': 'Show in source',
  'citation.reference': 'reference work, paraphrased: no text here to check against',
  'citation.summary': 'Curator’s summary of the record',
  'citation.openSummary': 'Show in the summary',

  // The list
  'list.empty': 'No events to show.',
  'list.showMore': 'Show {count} more ({rest} not shown)',

  // The source reader
  'reader.close': 'Close source',
  'reader.publisher': 'Publisher',
  'reader.language': 'Original language',
  'reader.published': 'Published',
  'reader.passages': 'Cited passages',
  'reader.noText': 'This reference ships no text.',
  'reader.summary':
    'Curator’s summary of the record: the curator’s own words for what the record says, not the record’s text.',
  'reader.citedBy': 'Cited by: {title}',

  // Downloads
  'download.summary': 'Download',
  'download.summaryFiltered': 'Download {count} of {total}',
  'download.csv': 'CSV (spreadsheet, one row per citation)',
  'download.ics': 'iCalendar (.ics, for calendars)',
  'download.timelinejs': 'TimelineJS (JSON)',
  'download.jsonld': 'JSON-LD (schema.org events, Web Annotations)',
  'download.preparing': 'Preparing…',
  'download.done': {
    one: 'Downloaded {name} ({count} event).',
    other: 'Downloaded {name} ({count} events).',
  },
  'download.failed': 'Could not export: {message}',

  // The timeline
  'timeline.label': 'Timeline',
  'timeline.plot':
    'Events from {start} to {end}; arrow keys move between events, + and − zoom, Shift+arrows pan, 0 fits all',
  'timeline.status': {
    one: '{visible} of {count} event in view',
    other: '{visible} of {count} events in view',
  },
  'timeline.statusHidden': {
    one: '{visible} of {count} event in view · {hidden} outside this window',
    other: '{visible} of {count} events in view · {hidden} outside this window',
  },
  'timeline.chapters': 'Chapters',
  'timeline.zoom': 'Zoom',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.fit': 'Fit',
  'timeline.legend': 'Legend',
  'legend.point': 'a day or a time',
  'legend.range': 'a range',
  'legend.imprecise': 'a month or a year',
  'legend.approx': 'approximate',
  'mark.name': '{title}, {date}',
  'mark.nameBackground': '{title}, {date}, background',
  'mark.nameUncited': '{title}, {date}, not yet cited',
  'mark.nameBackgroundUncited': '{title}, {date}, background, not yet cited',
  'mark.elided': '{title} — {date}',
  /** One event named in a cluster's list. */
  'cluster.item': '{title} ({date})',
  /** Between the events a cluster names. */
  'cluster.separator': '; ',
  'cluster.name': {
    one: '{count} event here: {list}',
    other: '{count} events here: {list}',
  },
  'cluster.nameMore': {
    one: '{count} event here: {list}; and {more} more',
    other: '{count} events here: {list}; and {more} more',
  } /** After a cluster's name: what a click does, when zooming in spreads its events. */,
  'cluster.zoom': {
    one: 'Zoom in to see it',
    other: 'Zoom in to see them',
  },
  /** After a cluster's name, for events at one time (zooming cannot part them): a click opens the first. */
  'cluster.step': {
    one: 'Open it',
    other: 'Open the first; Next goes through the others',
  },

  // The printed chronology
  'print.all': { one: '{count} event', other: '{count} events' },
  'print.filtered': {
    one: '{count} of {total} events, as searched and filtered',
    other: '{count} of {total} events, as searched and filtered',
  },
  'print.query': 'Search: {query}',
  'print.lanes': 'Lanes: {list}',
  'print.actors': 'Actors: {list}',
  'print.sourcesFilter': 'Sources: {list}',
  'print.lane': 'Lane: {lane}',
  'print.note': '{quote} — {source}',
  'print.sources': 'Sources',
  'print.published': 'published {date}',
  'print.reference': 'reference work, paraphrased',
  'print.summaryNote': '{source} — curator’s summary of the record: {summary}',

  // The picture of the view
  'image.menu': 'Download image',
  'image.svg': 'SVG (vector)',
  'image.png': 'PNG (twice the screen’s pixels)',
  'image.credit': 'Sources: {sources}',
  'image.done': 'Downloaded {name}.',
  'image.failed': 'Could not make the image: {message}',
} satisfies Catalogue;

export default en;

/** Every message key of the interface. */
export type MessageKey = keyof typeof en;
