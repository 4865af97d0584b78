/** What `npm run new` writes: a dataset that validates clean, to be replaced piece by piece. */

export const EXAMPLE_TEXT = `Example source: replace this file with the text of an article you cite.

This is a made-up report, here only so that the example event has a passage to cite.
The delegations met for the first time on Monday 3 March 2025 in the town hall of the
example city, and agreed to meet again in the spring. A second meeting was planned for
April, but no date was set.
`;

export function starterDataset(title: string) {
  return {
    $schema: 'timeline.schema.json',
    title,
    description: 'What this timeline is about, in a sentence.',
    lanes: [{ id: 'main', label: 'Main track' }],
    actors: [{ id: 'delegations', name: 'The delegations', kind: 'organization' }],
    sources: [
      {
        id: 'example',
        title: 'Example report (replace it)',
        kind: 'article',
        file: 'sources/example.txt',
        language: 'en',
        published: '2025-03-04',
      },
    ],
    events: [
      {
        id: 'first-meeting',
        title: 'The delegations meet',
        start: '2025-03-03',
        lane: 'main',
        actors: ['delegations'],
        summary: 'The delegations met for the first time, in the town hall.[1]',
        dateNote: "'Monday 3 March 2025' in the text.",
        citations: [
          {
            source: 'example',
            quote: 'The delegations met for the first time on Monday 3 March 2025 in the town hall',
          },
        ],
      },
    ],
  };
}

export const FORMAT_README = `# A diplomatic-timeline dataset

\`timeline.json\` holds the timeline; \`sources/\` holds the text of each source it cites.
\`timeline.schema.json\` is the JSON Schema: editors that read \`"$schema"\` complete and check
the file as you type.

- **lanes**: the tracks events are drawn in: \`{ "id", "label", "color"? }\`.
- **actors** (optional): \`{ "id", "name", "kind": "state" | "organization" | "person" }\`.
- **sources**: \`{ "id", "title", "kind": "article" | "reference", "file": "sources/NAME.txt",
  "publisher"?, "language"?, "published"? }\`. Paste an article's text into its file as captured.
- **events**: \`{ "id", "title", "start", "end"?, "lane", "actors"?, "summary", "citations" }\`.
  - \`start\` and \`end\`: \`YYYY\`, \`YYYY-MM\`, \`YYYY-MM-DD\` or \`YYYY-MM-DDTHH:MM+01:00\` (the
    length is the precision). Years keep four digits (\`0800\`); before the common era they are
    astronomical: \`0000\` is 1 BCE, \`-0043\` is 44 BCE.
  - each citation is \`{ "source", "quote" }\`, the quote copied exactly from the source's text
    (only white space may differ);
  - each sentence of \`summary\` ends with the numbers of the citations it rests on:
    \`"One claim.[1] Another.[1][2]"\`;
  - an event with no passage yet is \`"status": "uncited"\` with \`"citations": []\`.

Check it, see it, build a site for it (from the diplomatic-timeline project folder):

    npm run validate -- path/to/this/folder
    npm run serve -- path/to/this/folder
    npm run build -- --data path/to/this/folder --out path/to/site
`;
