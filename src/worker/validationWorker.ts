// The validation worker of the site and the iframe embed (the web component's is itself).
import { serveValidation } from './serveValidation';

serveValidation(self as unknown as Parameters<typeof serveValidation>[0]);
