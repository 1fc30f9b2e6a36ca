import { serveInflate, type PortLike } from './inflate-elsewhere';

/**
 * The inflate worker: started by the import worker, it inflates a large document.xml while the
 * import worker reads what it has sent so far (inflate-elsewhere.ts; issue 17).
 */
serveInflate(self as unknown as PortLike);
