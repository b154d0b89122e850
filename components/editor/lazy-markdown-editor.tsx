'use client';

import { lazy, Suspense } from 'react';
import type { MarkdownEditorProps } from './markdown-editor';

const Editor = lazy(() => import('./markdown-editor').then((m) => ({ default: m.MarkdownEditor })));

/**
 * The editor for the thread page, where the reply box sits below every message and the edit box
 * opens on demand: loaded as its own chunk, it keeps the page under its first-load budget (150 kB
 * gzipped; it was 151.9 kB with the editor inline). The server still renders it, and the browser
 * keeps that HTML until the chunk hydrates it, as with the moderation menu.
 */
export function LazyMarkdownEditor(props: MarkdownEditorProps) {
  return (
    <Suspense fallback={null}>
      <Editor {...props} />
    </Suspense>
  );
}
