import { pageCache } from './store';

export { type Bus, listenForChanges, settleCache, startCacheBus } from './bus';
export { pageCache, type CacheStats } from './store';

/**
 * The one way a read is shared by every reader: `key` names it fully (whatever it depends on), `tags`
 * say which changes make it stale. Only for what is the same for everyone who reaches this line: the
 * caller has already checked that its reader may see it. Until `startCacheBus()` (server.ts) listens,
 * every read goes to the database.
 */
export function cached<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
  return pageCache().get(key, tags, load);
}
