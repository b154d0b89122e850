import Link from 'next/link';

const LINK = 'inline-flex min-h-11 items-center text-brand-ink underline';

/** The links under a keyset-paged list: back to the newest (when not on the first page) and on to older ones. */
export function NewerOlderNav({ label, newest, older }: { label: string; newest: { href: string; text: string } | null; older: { href: string; text: string } | null }) {
  if (!newest && !older) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-4 text-sm font-semibold">
      {newest ? (
        <Link href={newest.href} className={LINK}>
          {newest.text}
        </Link>
      ) : null}
      {older ? (
        <Link href={older.href} className={LINK}>
          {older.text}
        </Link>
      ) : null}
    </nav>
  );
}
