// The gesture behaviours as one chunk, loaded after the first paint (see loadGestures.ts).
export { attachZoom, zoomIdentity } from './zoom';
export { attachBrush } from './brush';
