import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** From the board's figures to the moderation figures: both are what the community is owed. */
export async function ModerationFiguresLink() {
  const t = await getTranslations('moderation.transparency');
  return (
    <p>
      <Link href="/board/moderation" className="font-semibold text-brand-ink underline">
        {t('link')}
      </Link>
    </p>
  );
}
