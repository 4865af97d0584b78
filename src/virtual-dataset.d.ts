/** The build's embedded dataset, provided by tooling/datasetPlugin.ts. */
declare module 'virtual:dt-dataset' {
  const dataset: { readonly raw: unknown; readonly texts: Readonly<Record<string, string>> };
  export default dataset;
}
