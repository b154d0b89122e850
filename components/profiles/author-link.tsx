import Link from 'next/link';

export const profileHref = (id: string) => `/members/${id}`;

/** Every author's name leads to their profile. */
export function AuthorLink({ id, name, className = '' }: { id: string; name: string; className?: string }) {
  return (
    <Link href={profileHref(id)} className={`font-semibold text-zinc-900 underline-offset-4 hover:underline ${className}`}>
      {name}
    </Link>
  );
}
