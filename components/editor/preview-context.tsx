'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { FormState } from '@/lib/forms/state';

export type PreviewAction = (source: string) => Promise<FormState<string>>;

const PreviewContext = createContext<PreviewAction | null>(null);

/** The server's renderer for every editor on the page: layouts hand it down once instead of each form. */
export function MarkdownPreviewProvider({ action, children }: { action: PreviewAction; children: ReactNode }) {
  return <PreviewContext value={action}>{children}</PreviewContext>;
}

export function usePreviewAction(): PreviewAction | null {
  return useContext(PreviewContext);
}
