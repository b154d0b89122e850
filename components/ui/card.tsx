import type { ReactNode } from 'react';

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-lg border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>{children}</section>;
}
