// The event cards' chunk: the details panel and the list view (app/chunks.ts), with their styles.
import '../styles/eventCard.css';

export { EventDetails } from './EventDetails';
export { EventList } from './EventList';
