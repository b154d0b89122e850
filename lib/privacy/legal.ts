import { and, desc, eq, notExists, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb, type Tx } from '@/db/client';
import { legalAcceptances, legalDocuments, type LegalDocumentRow, users } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown/render';
import { defineVerb } from '@/lib/verb';

export const LEGAL_KINDS = ['terms', 'privacy'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];
export const MAX_LEGAL_TEXT = 50_000;

const legalText = z.string('errors.required').trim().min(20, 'privacy.errors.legalTooShort').max(MAX_LEGAL_TEXT, 'errors.tooLong');

/** The newest version of each kind: what a member accepts. */
const CURRENT = sql`${legalDocuments.version} = (select max(d2.version) from legal_documents d2 where d2.kind = ${legalDocuments.kind})`;

/**
 * SQL over `users`, true when the account has not accepted the current version of some published
 * document (none published: false). The column is named in full: inside the subquery a bare "id" would be the document's.
 */
export const termsPendingSql = sql<boolean>`exists (select 1 from legal_documents d where d.version = (select max(d2.version) from legal_documents d2 where d2.kind = d.kind)
    and not exists (select 1 from legal_acceptances a where a.user_id = "users"."id" and a.document_id = d.id))`;

export async function currentDocuments(db: Executor = getDb()): Promise<LegalDocumentRow[]> {
  return db.select().from(legalDocuments).where(CURRENT).orderBy(legalDocuments.kind);
}

/** The current documents this account has still to accept, oldest kind first. */
export async function pendingDocuments(userId: string, db: Executor = getDb()): Promise<LegalDocumentRow[]> {
  return db
    .select()
    .from(legalDocuments)
    .where(and(CURRENT, notExists(db.select({ one: sql`1` }).from(legalAcceptances).where(and(eq(legalAcceptances.userId, userId), eq(legalAcceptances.documentId, legalDocuments.id))))))
    .orderBy(legalDocuments.kind);
}

export async function documentHistory(db: Executor = getDb()) {
  return db
    .select({ id: legalDocuments.id, kind: legalDocuments.kind, version: legalDocuments.version, publishedAt: legalDocuments.publishedAt, publishedBy: users.displayName })
    .from(legalDocuments)
    .leftJoin(users, eq(users.id, legalDocuments.publishedById))
    .orderBy(legalDocuments.kind, desc(legalDocuments.version));
}

/** Inside a transaction: the account accepts every current document it has not yet accepted (joining, the interstitial, the seed). */
export async function acceptCurrent(tx: Tx, userId: string, now: Date): Promise<number> {
  const pending = await pendingDocuments(userId, tx);
  if (pending.length === 0) return 0;
  await tx
    .insert(legalAcceptances)
    .values(pending.map((d) => ({ userId, documentId: d.id, acceptedAt: now })))
    .onConflictDoNothing();
  return pending.length;
}

/**
 * A new version of the terms or the privacy notice, in Spanish and English, rendered once through the
 * one sanitizer. Every member is asked to accept it on their next visit.
 */
export const publishLegalDocument = defineVerb({
  name: 'privacy.publishLegalDocument',
  input: z.object({ kind: z.enum(LEGAL_KINDS, 'errors.invalidField'), bodyMdEs: legalText, bodyMdEn: legalText }),
  permission: 'publish:legal_document',
  run: async (ctx, data) => {
    // Two managers publishing at once: the lock makes one of them version n+1 and the other n+2.
    await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext('legal_documents'))`);
    const [last] = await ctx.tx.select({ version: legalDocuments.version }).from(legalDocuments).where(eq(legalDocuments.kind, data.kind)).orderBy(desc(legalDocuments.version)).limit(1);
    const [row] = await ctx.tx
      .insert(legalDocuments)
      .values({ kind: data.kind, version: (last?.version ?? 0) + 1, bodyMdEs: data.bodyMdEs, bodyHtmlEs: renderMarkdown(data.bodyMdEs), bodyMdEn: data.bodyMdEn, bodyHtmlEn: renderMarkdown(data.bodyMdEn), publishedById: ctx.actor.id, publishedAt: ctx.now })
      .returning();
    return row!;
  },
  audit: (row) => ({ action: 'privacy.legal_publish', targetType: 'legal_document', targetId: row.id, after: { kind: row.kind, version: row.version } }),
});

/** The interstitial's button: the member accepts the versions they were shown (stale ones are refused, so nobody accepts unseen text). */
export const acceptLegalDocuments = defineVerb({
  name: 'privacy.acceptLegalDocuments',
  // The versions the page showed, comma-separated (a form sends text).
  input: z.object({
    documentIds: z
      .string('errors.invalidField')
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(z.uuid('errors.invalidField')).min(1, 'errors.invalidField').max(LEGAL_KINDS.length, 'errors.invalidField')),
  }),
  standing: 'any',
  permission: 'accept:legal_document',
  run: async (ctx, data) => {
    const pending = await pendingDocuments(ctx.actor.id, ctx.tx);
    const shown = new Set(data.documentIds);
    // A version published while the page was open must be read before it is accepted.
    if (pending.some((d) => !shown.has(d.id))) return { accepted: 0, stale: true };
    if (pending.length === 0) return { accepted: 0, stale: false };
    await ctx.tx
      .insert(legalAcceptances)
      .values(pending.map((d) => ({ userId: ctx.actor.id, documentId: d.id, acceptedAt: ctx.now })))
      .onConflictDoNothing();
    return { accepted: pending.length, stale: false };
  },
});
