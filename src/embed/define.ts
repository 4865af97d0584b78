import { DiplomaticTimelineElement } from './TimelineElement';

/** Defines <diplomatic-timeline> once, even if this module is loaded twice. */
if (!customElements.get('diplomatic-timeline'))
  customElements.define('diplomatic-timeline', DiplomaticTimelineElement);

export { DiplomaticTimelineElement };
