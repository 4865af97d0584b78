import type { Catalogue } from '../../core';

/**
 * The curator's desk in English: the reference for the desk's catalogues (one per language,
 * beside this file, loaded with the desk's own chunk so readers never download them). The
 * validator's messages shown beside the fields stay as the validator words them.
 */
const en = {
  'desk.mode': 'Edit mode · the curator’s desk',
  'desk.editing': 'Editing: {title}',
  'desk.datasetTitle': 'Dataset title',
  'desk.restored':
    'This is your draft, kept in this browser. It is not in the dataset’s files until you save or download it.',
  'desk.discard': 'Discard the draft',
  'desk.empty': 'No events yet. Add a source, select a passage in it, and cite it in a new event.',
  'desk.loadFailed': 'Could not load {url}: {message}',
  'desk.untitledTimeline': 'Untitled timeline',
  'desk.untitledEvent': 'Untitled draft',
  'desk.mainLane': 'Main',

  'desk.toolbar': 'Desk',
  'desk.undo': 'Undo',
  'desk.undoTitle': 'Undo ({keys})',
  'desk.redo': 'Redo',
  'desk.redoTitle': 'Redo ({keys})',
  'desk.newEvent': 'New event',
  'desk.openFolder': 'Open folder…',
  'desk.folderInput': 'Dataset folder',
  'desk.openFiles': 'Open files…',
  'desk.filesInput': 'Dataset files (timeline.json and its texts, or a .zip)',
  'desk.save': 'Save',
  'desk.saveDirty': 'Save *',
  'desk.saveTitle': 'Save ({keys})',
  'desk.downloadZip': 'Download dataset',
  'desk.newDataset': 'New dataset',
  'desk.readingView': 'Reading view',
  'desk.autosaving': 'Keeping the draft…',
  'desk.autosaved': 'Draft kept in this browser',
  'desk.autosaveFailed': 'Could not keep the draft in this browser',

  'desk.newEventSaid': 'New event: give it a title, a date and a citation',
  'desk.markerAdded': 'Marker [{n}] added to the summary',
  'desk.jsonCopied': 'Event JSON copied',
  'desk.deleted': 'Deleted “{title}”. Undo brings it back.',
  'desk.citedNew': 'Cited in a new event: give it a title and a date',
  'desk.citationAdded': 'Citation added to the event',
  'desk.sourceAdded': 'Source “{title}” added: select a passage in it to cite it',
  'desk.openFailed': 'Could not open {name}: {path}: {message}',
  'desk.opened': {
    one: 'Opened {name}: {count} event, {sources}',
    other: 'Opened {name}: {count} events, {sources}',
  },
  /** Fills {sources} above. */
  'desk.sourceCount': { one: '{count} source', other: '{count} sources' },
  'desk.zipped': 'Downloaded {name}: unzip it for a folder that npm run validate reads',
  'desk.folderFailed': 'Could not open the folder: {message}',
  'desk.fileFailed': 'Could not open {name}: {message}',
  'desk.newDatasetSaid': 'A new, empty dataset: add a source to begin',
  'desk.savedTo': 'Saved to the folder “{name}”',
  'desk.saveFailed': 'Could not save: {message}',

  'desk.editEvent': 'Edit event',
  'desk.copyJson': 'Copy event JSON',
  'desk.deleteEvent': 'Delete event',
  'desk.jsonField': 'Event JSON (copy it from here)',
  'desk.title': 'Title',
  'desk.id': 'Id',
  'desk.idHint': 'Letters, digits, “.”, “_” and “-”; links use it',
  'desk.start': 'Start',
  'desk.end': 'End',
  'desk.hasEnd': 'It lasted: give an end',
  'desk.approximate': 'Approximate date',
  'desk.dateNote': 'Date note',
  'desk.dateNoteHint': 'How the date was worked out',
  'desk.summary': 'Summary',
  'desk.summaryHint':
    'End each sentence with the markers of the citations it rests on: “One claim.[1] Another.[1][2]”. Insert them with the buttons below.',
  'desk.citations': 'Citations',
  'desk.disputed': 'Where the reports differ',
  'desk.background': 'Background (from the record, not the sources)',
  'desk.uncited': 'Uncited draft: no passages yet (its summary needs no markers)',
  'desk.tags': 'Tags',
  'desk.commaHint': 'Separated by commas',

  'desk.precision': 'Precision',
  'desk.precisionYear': 'Year',
  'desk.precisionMonth': 'Month',
  'desk.precisionDay': 'Day',
  'desk.precisionMinute': 'Time of day',
  'desk.year': 'Year',
  'desk.month': 'Month',
  'desk.day': 'Day',
  'desk.time': 'Time',
  'desk.offset': 'UTC offset',
  'desk.storedAs': 'Stored as',
  'desk.nothingYet': '(nothing yet)',

  'desk.lane': 'Lane',
  'desk.newLaneLabel': 'New lane’s label',
  'desk.addLane': 'Add lane',
  'desk.newLane': 'New lane…',
  'desk.cancel': 'Cancel',
  'desk.actors': 'Actors',
  'desk.noActors': 'No actors in this dataset yet.',
  'desk.name': 'Name',
  'desk.kind': 'Kind',
  'desk.person': 'Person',
  'desk.state': 'State',
  'desk.organization': 'Organization',
  'desk.office': 'Office (optional)',
  'desk.aliases': 'Other spellings (optional)',
  'desk.addActor': 'Add actor',
  'desk.newActor': 'New actor…',

  'desk.addSourceForm': 'Add a source',
  'desk.textFile': 'Text file',
  'desk.textFileHint': 'Or paste the text below',
  'desk.fileRead': {
    one: 'Read {name} ({count} character)',
    other: 'Read {name} ({count} characters)',
  },
  'desk.sourceText': 'Text of the source',
  'desk.publisher': 'Publisher',
  'desk.language': 'Language',
  'desk.languageHint': 'e.g. en, fr',
  'desk.published': 'Published',
  'desk.publishedHint': 'YYYY, YYYY-MM or YYYY-MM-DD',
  'desk.article': 'Article',
  'desk.reference': 'Reference',
  'desk.url': 'URL',
  'desk.addSource': 'Add source',

  'desk.noCitations':
    'No citations yet: open a source, select a passage and choose “Add to this event”.',
  'desk.insertMarker': 'Insert [{n}] into the summary at the caret',
  'desk.insert': 'Insert [{n}]',
  'desk.showInSource': 'Show in source',
  'desk.removeCitation': 'Remove citation {n}',
  'desk.remove': 'Remove',

  'desk.citeHeading': 'Cite this passage',
  'desk.citeHint':
    'Select a passage in the text below with the mouse, or focus the text and use Shift+arrow keys (Ctrl+Shift+arrows by word).',
  'desk.notUnique': {
    one: '“{selected}” occurs {count} time and no longer passage around it is found only once.',
    other: '“{selected}” occurs {count} times and no longer passage around it is found only once.',
  },
  'desk.widened': {
    one: '“{selected}” occurs {count} time in this source; widened word by word to a passage found once:',
    other:
      '“{selected}” occurs {count} times in this source; widened word by word to a passage found once:',
  },
  'desk.addToEvent': 'Add to this event',
  'desk.addToEventNamed': 'Add to this event: {title}',
  'desk.citeNew': 'Cite in a new event',

  'desk.noProblems': 'The validator finds no problems',
  'desk.problems': {
    one: 'The validator finds {count} error and {warnings}',
    other: 'The validator finds {count} errors and {warnings}',
  },
  /** Fills {warnings} above. */
  'desk.warningCount': { one: '{count} warning', other: '{count} warnings' },

  'desk.event': 'Event',
  'desk.chooseEvent': 'Choose an event to edit…',
  'desk.noEvents': 'No events yet',
  'desk.undated': 'undated',

  'desk.sources': 'Sources',
  'desk.addSourceButton': 'Add a source…',
  'desk.noSources': 'No sources yet. Add one to start citing.',
  'desk.sourcePicker': 'Source to read and cite from',
  'desk.chooseSource': 'Choose a source…',
  'desk.sourceTextLabel': 'Source text: arrow keys move, Shift+arrows select a passage to cite',
} satisfies Catalogue;

export default en;

/** Every message key of the desk. */
export type DeskKey = keyof typeof en;
