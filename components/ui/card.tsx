import type { ReactNode } from 'react';

export function Card({ children, className = '', id }: { children: ReactNode; className?: string; id?: string }) {
  return <section id={id} className={`rounded-lg border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>{children}</section>;
}
