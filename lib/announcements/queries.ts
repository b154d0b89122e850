import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { announcements, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';

const columns = {
  id: announcements.id,
  title: announcements.title,
  bodyMd: announcements.bodyMd,
  bodyHtml: announcements.bodyHtml,
  pinned: announcements.pinned,
  createdAt: announcements.createdAt,
  authorId: announcements.authorId,
  authorName: users.displayName,
  authorTitle: users.staffTitle,
};

const withAuthor = () => getDb().select(columns).from(announcements).innerJoin(users, eq(users.id, announcements.authorId));

type Row = Awaited<ReturnType<typeof withAuthor>>[number];

export interface AnnouncementView {
  id: string;
  title: string;
  bodyHtml: string;
  pinned: boolean;
  createdAt: Date;
  authorName: string;
  authorTitle: string | null;
  /** Whether this reader may edit, unpin or delete it (the verbs check again). */
  canChange: boolean;
}

function view(actor: Actor, row: Row): AnnouncementView {
  return {
    id: row.id,
    title: row.title,
    bodyHtml: row.bodyHtml,
    pinned: row.pinned,
    createdAt: row.createdAt,
    authorName: row.authorName,
    authorTitle: row.authorTitle,
    canChange: can(actor, 'change:announcement', row),
  };
}

/** Pinned first, newest first: what everyone in the community reads. */
export async function listAnnouncements(actor: Actor, { limit = 5 }: { limit?: number } = {}): Promise<AnnouncementView[]> {
  if (!can(actor, 'view:community')) return [];
  const rows = await withAuthor()
    .orderBy(desc(announcements.pinned), desc(announcements.createdAt), desc(announcements.id))
    .limit(limit);
  return rows.map((row) => view(actor, row));
}

/** One announcement; with its Markdown source only for someone who may edit it. */
export async function getAnnouncement(actor: Actor, id: string): Promise<(AnnouncementView & { bodyMd: string | null }) | null> {
  if (!can(actor, 'view:community') || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await withAuthor().where(eq(announcements.id, id)).limit(1);
  if (!row) return null;
  const v = view(actor, row);
  return { ...v, bodyMd: v.canChange ? row.bodyMd : null };
}
