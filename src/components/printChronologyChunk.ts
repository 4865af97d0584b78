// The printed chronology's chunk (app/chunks.ts), with the print styles.
import '../styles/print.css';

export { PrintChronology } from './PrintChronology';
