// The source reader's chunk (app/chunks.ts), with its styles.
import '../styles/sourceReader.css';

export { SourceReader } from './SourceReader';
