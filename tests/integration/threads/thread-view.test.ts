import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { POSTS_PER_PAGE } from '@/lib/threads/constants';
import { getThreadView } from '@/lib/threads/queries';
import { createGroup } from '../community-fixtures';
import { member, thread } from './fixtures';

describe('reading a thread', () => {
  it('a thread of 1,000 replies renders its first and a deep page in a bounded number of queries', async () => {
    const ana = await member();
    const group = await createGroup('open', [[ana, 'member']]);
    const t = await thread(group.id, ana);
    await getDb().execute(sql`insert into posts (thread_id, author_id, body_md, body_html, created_at)
      select ${t.id}, ${ana.id}, 'r' || i, '<p>r' || i || '</p>', now() + (i || ' milliseconds')::interval from generate_series(1, 1000) i`);
    const first = await countQueries(() => getThreadView(ana, group.slug, t.id));
    expect(first.result!.posts).toHaveLength(POSTS_PER_PAGE);
    const deep = await countQueries(() => getThreadView(ana, group.slug, t.id, { after: first.result!.posts.at(-1)!.id }));
    expect(deep.result!.posts[0]!.bodyHtml).toBe(`<p>r${POSTS_PER_PAGE}</p>`);
    expect(first.queries).toBeLessThanOrEqual(8);
    expect(deep.queries).toBeLessThanOrEqual(8);
  });
});
