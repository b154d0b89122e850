import { eq, like, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { groups } from '@/db/schema';

// Paths under /groups/ that are pages of their own, never a group.
const RESERVED = new Set(['new']);
const MAX = 60;

/** "Fútbol Sala · Veteranos" → "futbol-sala-veteranos": readable in a link, the same in every locale. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX)
    .replace(/^-+|-+$/g, '');
  return base === '' || RESERVED.has(base) ? `grupo${base ? `-${base}` : ''}` : base;
}

/** The slug itself when free, otherwise the first free "slug-2", "slug-3"… */
export async function freeSlug(db: Executor, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await db.select({ slug: groups.slug }).from(groups).where(or(eq(groups.slug, base), like(groups.slug, `${base}-%`)))).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
