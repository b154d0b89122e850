import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { watchedWordsAction } from '../actions';
import { ActionForm } from '@/components/moderation/action-form';
import { SelectField } from '@/components/ui/select-field';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { requirePermission } from '@/lib/auth/session';
import { moderationSettingsView } from '@/lib/moderation/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('moderation.words'))('title') };
}

const ACTIONS = ['hold', 'replace', 'block'] as const;

/** Managers keep the watched words and the hold on new accounts' first posts. */
export default async function WatchedWordsPage() {
  const user = await requirePermission('manage:watched_words');
  const [t, view] = await Promise.all([getTranslations('moderation.words'), moderationSettingsView(user)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-700">{t('intro')}</p>
      <Card>
        <h2 className="text-lg font-semibold">{t('addHeading')}</h2>
        <ActionForm action={watchedWordsAction} fields={{ $intent: 'add' }} submit={t('add')} variant="primary" success={t('added')} className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end">
          <Field id="word-term" name="term" label={t('term')} required maxLength={60} />
          <SelectField id="word-action" name="action" label={t('action')} options={ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))} />
          <Field id="word-replacement" name="replacement" label={t('replacement')} hint={t('replacementHint')} maxLength={60} />
        </ActionForm>
        {view.words.length === 0 ? (
          <p className="mt-4 text-zinc-700">{t('none')}</p>
        ) : (
          <ul className="mt-4 divide-y divide-zinc-200">
            {view.words.map((w) => (
              <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <strong>{w.term}</strong> · {t(`actions.${w.action}`)}
                  {w.replacement ? ` → ${w.replacement}` : ''}
                </span>
                <ActionForm action={watchedWordsAction} fields={{ $intent: 'remove', id: w.id }} submit={t('remove', { term: w.term })} variant="ghost" className="flex flex-col" />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t('firstPostsHeading')}</h2>
        <ActionForm action={watchedWordsAction} fields={{ $intent: 'settings' }} submit={t('save')} success={t('saved')} className="mt-3 flex flex-col gap-3 sm:max-w-sm">
          <Field id="first-posts" name="firstPostsHeld" type="number" min={0} max={20} defaultValue={String(view.firstPostsHeld)} label={t('firstPosts')} hint={t('firstPostsHint')} />
        </ActionForm>
      </Card>
    </div>
  );
}
