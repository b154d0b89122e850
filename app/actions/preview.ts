'use server';

import { callVerb } from '@/lib/forms/submit';
import { previewMarkdown } from '@/lib/markdown/preview';

export async function previewMarkdownAction(source: string) {
  return callVerb(previewMarkdown, { source });
}
