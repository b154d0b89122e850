'use client';

import { type ComponentProps, lazy, Suspense } from 'react';
import type { ModerateMenu } from './moderate-menu';

const Menu = lazy(() => import('./moderate-menu').then((m) => ({ default: m.ModerateMenu })));

/**
 * The moderation menu only renders for staff, yet imported directly its code (~1.4 kB gzipped) was in
 * every member's thread and complaint page. Loaded on demand it stays out of theirs; for staff the
 * server renders it as before and the browser keeps that HTML until the chunk arrives to hydrate it.
 * React's own lazy rather than next/dynamic, whose loader would add more than the menu weighs.
 */
export function LazyModerateMenu(props: ComponentProps<typeof ModerateMenu>) {
  return (
    <Suspense fallback={null}>
      <Menu {...props} />
    </Suspense>
  );
}
