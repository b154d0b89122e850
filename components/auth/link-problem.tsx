import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';

/** An expired, used or unknown link: say so plainly and offer the way forward. */
export async function LinkProblem({ title, messageKey }: { title: string; messageKey: string }) {
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Alert tone="error">{t(messageKey)}</Alert>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/join" className="font-semibold text-brand-ink underline">
          {t('join.backToJoin')}
        </Link>
        <Link href="/sign-in" className="font-semibold text-brand-ink underline">
          {t('join.signIn')}
        </Link>
      </p>
    </div>
  );
}
