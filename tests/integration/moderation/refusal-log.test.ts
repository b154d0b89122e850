import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '@/lib/logging/logger';
import { hideContent } from '@/lib/moderation/hide';
import { conversation } from './fixtures';

afterEach(() => vi.restoreAllMocks());

describe('the log line of a refused moderation', () => {
  it('names the account that was refused, by id and nothing else', async () => {
    const { ana, insult } = await conversation();
    const info = vi.spyOn(logger, 'info');
    await expect(hideContent({ actor: ana, input: { targetType: 'post', targetId: insult.id, reason: 'abuse' } })).rejects.toThrow('moderation.errors.staffOnly');
    const line = info.mock.calls.find((call) => call[1] === 'verb refused');
    expect(line?.[0]).toEqual({ verb: 'moderation.hide', refusal: 'moderation.errors.staffOnly', account: ana.id });
  });
});
