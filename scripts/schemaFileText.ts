/** The exact text of data/timeline.schema.json, shared by the writer and the staleness test. */
export const schemaFileText = (schema: object) =>
  JSON.stringify({ title: 'diplomatic-timeline dataset', ...schema }, null, 2) + '\n';
