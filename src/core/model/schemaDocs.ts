/**
 * What the JSON Schema tells an editor about each field, attached when it is emitted
 * (jsonSchema.ts). Kept apart from the checks in schema.ts so the validator, which runs in the
 * page's worker, does not carry a kilobyte of documentation it never reads.
 */

/** Every date field's. */
export const DATE_DOC =
  'A date whose length is its precision: 2021, 2021-12, 2022-01-10, 2022-01-10T08:55+01:00. ' +
  'Years keep four digits ("0800" is AD 800) and are astronomical before the common era ' +
  '("0000" is 1 BCE, "-0043" is 44 BCE); past 9999 they take a sign ("+12000").';

/** By path: field names from the root, through the items of lists ("events.citations.quote"). */
export const FIELD_DOCS: Readonly<Record<string, string>> = {
  'lanes.color':
    'The lane\'s colour: a CSS colour ("#0072b2", "teal", "oklch(55% 0.15 250)"), or light-dark(A, B) for the light and dark themes. Without it, lanes take a colour-blind-safe palette in order.',
  'actors.office':
    'The office a person held at the time of the events, as the record gives it ("Deputy Foreign Minister of Russia")',
  'actors.aliases':
    'Other spellings of the name in the sources (transliterations, garbled translations), shown with the actor',
  'sources.kind':
    '"article": a text the dataset holds (file or text) whose passages are quoted, and shown in quotation marks. ' +
    '"reference": an outside record named by its title, publisher, published date and url; ' +
    "its text, if any, is the curator's summary of the record in their own words, so its passages are shown " +
    "labelled as the curator's summary of the record, never in quotation marks as the record's words",
  'sources.file':
    'Text file, relative to the JSON file: an article\'s text, or a reference\'s summary (see "text")',
  'sources.text':
    "The source text inline, instead of file. For an article, its words; for a reference, the curator's " +
    "summary of what the record says, in the curator's words (citations quote it and are checked against it, " +
    'and are shown as the summary, not as quotations of the record)',
  'sources.language':
    'The language of the text, as a language tag ("fr", "pt-BR"). The check of summaries reads the ' +
    'number words and names of months and days of French, Spanish, Italian, Portuguese, German, Russian and Ukrainian texts',
  'events.citations': 'At least one, unless "status" is "uncited" (then none)',
  'events.citations.quote':
    'An exact passage of the source text; only white space (and how accented letters are encoded) may differ',
  'events.status':
    '"uncited": a draft with no passages yet (imported): no citations, and its summary needs no markers',
  'events.unverified':
    'Quotes an import could not find in their source: fix each and move it into citations',
  'events.media':
    'A picture or page that goes with the event (kept from TimelineJS); shown as a link',
  chapters: 'Named windows of time the reader can jump to',
  view: 'The window shown first; otherwise the whole span',
};
