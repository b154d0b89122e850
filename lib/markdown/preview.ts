import { z } from 'zod';
import { type Actor, assertStanding } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { renderMarkdown } from './render';

// The longest text any form takes (a complaint's description); the preview refuses nothing a form accepts.
const PREVIEW_MAX = 20_000;

const input = z.object({ source: z.string().max(PREVIEW_MAX, 'errors.tooLong') });

/**
 * What a text will look like once sent: the very renderer and sanitizer the write verbs use, so the
 * preview never promises markup the stored post drops. A read: nothing is written.
 */
export async function previewMarkdown({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }): Promise<string> {
  assertStanding(actor, 'write');
  return renderMarkdown(parseInput(input, raw).source);
}
