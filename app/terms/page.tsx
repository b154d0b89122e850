import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AcceptTermsForm } from '@/components/privacy/settings-forms';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { Card } from '@/components/ui/card';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { getCurrentUser } from '@/lib/auth/session';
import { pendingDocuments } from '@/lib/privacy/legal';
import { acceptTermsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy.accept'))('title') };
}

/** The interstitial member pages send a person to while a published version waits for their acceptance. */
export default async function TermsPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in?callbackUrl=%2Fterms');
  const next = safeCallbackUrl((await searchParams).next ?? '/');
  const [t, tl, locale, pending] = await Promise.all([getTranslations('privacy.accept'), getTranslations('privacy.legal'), getLocale(), pendingDocuments(user.id)]);
  if (pending.length === 0) redirect(next === '/terms' ? '/' : next);
  return (
    <main id="main" className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-zinc-700">{t('intro')}</p>
      </div>
      {pending.map((d) => (
        <Card key={d.id}>
          <h2 className="mb-3 text-lg font-semibold">{t('documentTitle', { kind: tl(`kinds.${d.kind}`), version: d.version })}</h2>
          <div
            className="prose prose-zinc prose-post max-h-[50vh] max-w-none overflow-y-auto rounded-md border border-zinc-200 p-4"
            tabIndex={0}
            role="region"
            aria-label={tl(`kinds.${d.kind}`)}
            lang={locale === 'en' ? 'en' : 'es'}
            dangerouslySetInnerHTML={{ __html: locale === 'en' ? d.bodyHtmlEn : d.bodyHtmlEs }}
          />
        </Card>
      ))}
      <AcceptTermsForm action={acceptTermsAction} documentIds={pending.map((d) => d.id)} next={next} />
      <div className="flex flex-wrap items-center gap-3 text-sm text-zinc-700">
        <p>{t('signOut')}</p>
        <SignOutButton />
      </div>
    </main>
  );
}
