import { getTranslations } from 'next-intl/server';

export async function VisibilityBadge({ visibility }: { visibility: 'open' | 'request' | 'private' }) {
  const t = await getTranslations('groups.visibility');
  return <span className="rounded-full border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-800">{t(visibility)}</span>;
}
