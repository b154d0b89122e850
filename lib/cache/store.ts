import { LRUCache } from 'lru-cache';
import { getEnv } from '@/lib/env';

/**
 * What every reader of a page sees alike (a thread's posts, the board's cards, the brand, an account),
 * kept in memory once per change instead of read once per request (docs/decisions/0010-page-cache.md).
 *
 * Entries carry tags (`thread:<id>`, `board`, `user:<id>` …). The database announces every change as
 * tags (triggers → NOTIFY, lib/cache/bus.ts), in every process; an entry whose tag changed is dropped.
 * Nothing is cached while this process is not listening, so a lost connection never serves stale pages.
 */

/** A payload of `*` means "something too large to list changed": everything goes. */
export const EVERYTHING = '*';

interface Entry {
  value: unknown;
  tags: readonly string[];
}

export interface CacheStats {
  entries: number;
  limit: number;
  hits: number;
  misses: number;
  /** Reads while not listening (the bus down or switched off): served from the database. */
  bypassed: number;
  invalidations: number;
  evictions: number;
  hitRate: number;
  listening: boolean;
}

// How many tag versions are remembered; past that every unknown tag counts as changed at the floor.
const TAG_MEMORY = 20_000;

export class TaggedCache {
  private readonly lru: LRUCache<string, Entry>;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly inflight = new Map<string, { promise: Promise<unknown>; tags: readonly string[] }>();
  private readonly tagSeq = new Map<string, number>();
  private seq = 0;
  private floor = 0;
  private counts = { hits: 0, misses: 0, bypassed: 0, invalidations: 0, evictions: 0 };
  listening = false;
  enabled = true;

  constructor(limit: number) {
    this.lru = new LRUCache<string, Entry>({
      max: limit,
      dispose: (entry, key, reason) => {
        if (reason === 'evict') this.counts.evictions++;
        for (const tag of entry.tags) {
          const keys = this.byTag.get(tag);
          keys?.delete(key);
          if (keys?.size === 0) this.byTag.delete(tag);
        }
      },
    });
  }

  /** The value under key, loaded once per change by whoever asks first; concurrent askers share the load. */
  async get<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
    if (!this.enabled || !this.listening) {
      this.counts.bypassed++;
      return load();
    }
    const entry = this.lru.get(key);
    if (entry) {
      this.counts.hits++;
      return entry.value as T;
    }
    const pending = this.inflight.get(key);
    if (pending) {
      this.counts.hits++;
      return pending.promise as Promise<T>;
    }
    this.counts.misses++;
    const startedAt = this.seq;
    const promise = load().then(
      (value) => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
        // Changed while it was being read (or the bus dropped): give it to this reader, never keep it.
        if (this.listening && !tags.some((tag) => this.versionOf(tag) > startedAt)) this.lru.set(key, { value, tags });
        for (const tag of tags) if (this.lru.has(key)) (this.byTag.get(tag) ?? this.byTag.set(tag, new Set()).get(tag)!).add(key);
        return value;
      },
      (e: unknown) => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
        throw e;
      },
    );
    this.inflight.set(key, { promise, tags });
    return promise;
  }

  /** Whether key is kept now (without touching its place in the LRU). */
  has(key: string): boolean {
    return this.lru.has(key);
  }

  private versionOf(tag: string): number {
    return Math.max(this.tagSeq.get(tag) ?? this.floor, this.tagSeq.get(EVERYTHING) ?? 0);
  }

  /** Drops every entry (and every load under way) that carries one of these tags. */
  invalidate(tags: readonly string[]): void {
    if (tags.length === 0) return;
    this.seq++;
    this.counts.invalidations++;
    if (tags.includes(EVERYTHING)) {
      this.tagSeq.set(EVERYTHING, this.seq);
      this.dropAll();
      return;
    }
    if (this.tagSeq.size + tags.length > TAG_MEMORY) {
      this.tagSeq.clear();
      this.floor = this.seq;
    }
    for (const tag of tags) {
      this.tagSeq.set(tag, this.seq);
      for (const key of [...(this.byTag.get(tag) ?? [])]) this.lru.delete(key);
      this.byTag.delete(tag);
    }
    for (const [key, pending] of this.inflight) if (pending.tags.some((t) => tags.includes(t))) this.inflight.delete(key);
  }

  private dropAll(): void {
    this.lru.clear();
    this.byTag.clear();
    this.inflight.clear();
  }

  /** Listening starts or stops: either way, nothing from before may be trusted. */
  setListening(listening: boolean): void {
    this.listening = listening;
    this.invalidate([EVERYTHING]);
  }

  stats(): CacheStats {
    const { hits, misses } = this.counts;
    return { entries: this.lru.size, limit: this.lru.max, ...this.counts, hitRate: hits + misses ? hits / (hits + misses) : 0, listening: this.listening };
  }
}

// Next bundles app code apart from server.ts: one cache per process through globalThis.
const g = globalThis as unknown as { __tertuliaPageCache?: TaggedCache };

export function pageCache(): TaggedCache {
  if (!g.__tertuliaPageCache) {
    const env = getEnv();
    g.__tertuliaPageCache = new TaggedCache(env.TERTULIA_CACHE_ENTRIES);
    g.__tertuliaPageCache.enabled = env.TERTULIA_PAGE_CACHE === 'on';
  }
  return g.__tertuliaPageCache;
}
