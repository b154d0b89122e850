import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { responseTemplates } from '@/db/schema';
import { NotFound } from '@/lib/errors';

export const TEMPLATE_TITLE_MAX = 100;
export const TEMPLATE_BODY_MAX = 5000;

export const templateFields = {
  title: z.string('errors.required').trim().min(1, 'errors.required').max(TEMPLATE_TITLE_MAX, 'errors.tooLong'),
  bodyMd: z.string('errors.required').trim().min(1, 'errors.required').max(TEMPLATE_BODY_MAX, 'errors.tooLong'),
  // The English version offered when the member reads English; empty, staff start from the Spanish.
  titleEn: z.string().trim().max(TEMPLATE_TITLE_MAX, 'errors.tooLong').optional().transform((v) => v ?? ''),
  bodyMdEn: z.string().trim().max(TEMPLATE_BODY_MAX, 'errors.tooLong').optional().transform((v) => v ?? ''),
};

export const templateIdField = z.uuid('errors.notFound');

/** The order staff see templates in; ties (seeded rows) fall back to creation. */
export const TEMPLATE_ORDER = [asc(responseTemplates.position), asc(responseTemplates.createdAt), asc(responseTemplates.id)];

export async function findTemplate(tx: Executor, id: string) {
  const [row] = await tx.select().from(responseTemplates).where(eq(responseTemplates.id, id)).limit(1);
  if (!row) throw new NotFound();
  return row;
}
