import { and, desc, notInArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintMeToo, complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';

export interface SimilarComplaint {
  id: string;
  number: number;
  title: string;
  meTooCount: number;
  mine: boolean;
  meToo: boolean;
}

// Words of three letters or more, as prefixes, any of them: "vestuar" already finds "vestuarios".
function prefixQuery(text: string): string | null {
  const words = [...new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 8))];
  return words.length > 0 ? words.map((w) => `${w}:*`).join(' | ') : null;
}

/** While a member types a title: open complaints that look like the same problem, best match first. */
export async function similarOpenComplaints(actor: Actor, title: string): Promise<SimilarComplaint[]> {
  const q = prefixQuery(title);
  if (!q) return [];
  const query = sql`to_tsquery('tertulia_es', ${q})`;
  return getDb()
    .select({
      id: complaints.id,
      number: complaints.number,
      title: complaints.title,
      meTooCount: complaints.meTooCount,
      mine: sql<boolean>`${complaints.authorId} = ${actor.id}`,
      meToo: sql<boolean>`exists (select 1 from ${complaintMeToo} where ${complaintMeToo.complaintId} = ${complaints.id} and ${complaintMeToo.userId} = ${actor.id})`,
    })
    .from(complaints)
    .where(and(sql`${complaints.searchVector} @@ ${query}`, notInArray(complaints.status, ['resolved', 'closed'])))
    .orderBy(desc(sql`ts_rank(${complaints.searchVector}, ${query})`), desc(complaints.meTooCount))
    .limit(5);
}
