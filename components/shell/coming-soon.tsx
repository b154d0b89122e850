import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';

/** An area that exists, is guarded, and says honestly what it will hold. */
export async function ComingSoon({ area }: { area: 'board' | 'notifications' }) {
  const t = await getTranslations(`comingSoon.${area}`);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <p className="max-w-prose text-zinc-800">{t('body')}</p>
      </Card>
    </div>
  );
}
