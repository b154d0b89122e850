import Link from 'next/link';
import type { AuditLine } from '@/lib/audit/queries';

/** One entry: the time, and what happened as a sentence whose target is a link. */
export function AuditEntry({ line, time }: { line: AuditLine; time: string }) {
  const s = line.sentence;
  const target = s.target === null ? null : s.href ? (
    <Link href={s.href} className="font-medium text-brand-ink underline underline-offset-2">
      {s.target}
    </Link>
  ) : (
    <span className="font-medium">{s.target}</span>
  );
  return (
    <li className="flex flex-col gap-0.5 border-t border-zinc-100 px-4 py-3 first:border-0 sm:flex-row sm:gap-4">
      <time dateTime={line.createdAt.toISOString()} className="shrink-0 text-sm tabular-nums text-zinc-600 sm:w-14">
        {time}
      </time>
      <p className="min-w-0 [overflow-wrap:anywhere]">
        {s.before}
        {target}
        {s.after}
        {s.reason ? (
          <>
            {': '}
            <q className="italic text-zinc-800 before:content-none after:content-none">{s.reason}</q>
          </>
        ) : null}
      </p>
    </li>
  );
}
