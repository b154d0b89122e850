import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { responseTemplates } from '@/db/schema';
import { migrationsFolder } from '@/db/migrate';
import oldTemplates from '@/tests/fixtures/old-demo-templates.json';

// The demo templates a database was seeded with before issue 18, exactly as that seed wrote them.
const MIGRATION = path.join(migrationsFolder, '0020_demo_templates_rewritten.sql');

async function runMigration() {
  for (const statement of readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint')) await getDb().execute(sql.raw(statement));
}

describe('demo templates rewritten in databases seeded before', () => {
  it('replaces the old demo texts, signed by whoever answers, and leaves a template a manager edited alone', async () => {
    const edited = { title: oldTemplates[1]!.title, bodyMd: `${oldTemplates[1]!.bodyMd}\n\nUn saludo del club.` };
    await getDb().insert(responseTemplates).values([...oldTemplates, edited]);
    await runMigration();
    const rows = await getDb().select().from(responseTemplates);
    const rewritten = rows.filter((r) => r.bodyMd !== edited.bodyMd);
    expect(rewritten).toHaveLength(3);
    for (const r of rewritten) {
      expect(r.bodyMd).toContain('{staff_title}');
      expect(r.bodyMd).not.toMatch(/Laura Gómez|administración\b/);
      // What staff must still write is marked the way the reply form refuses to publish.
      expect(r.bodyMd).not.toMatch(/^\[(?!\[)/m);
      expect(r.titleEn).not.toBe('');
      expect(r.bodyMdEn).toContain('{staff}');
    }
    expect(rows.filter((r) => r.bodyMd === edited.bodyMd)).toEqual([expect.objectContaining({ titleEn: '', bodyMdEn: '' })]);
  });
});
