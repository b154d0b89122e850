import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AttentionGuide } from '@/components/complaint-settings/attention-guide';
import { IntentButton } from '@/components/complaint-settings/intent-button';
import { MoveButtons } from '@/components/complaint-settings/move-buttons';
import { SettingsHeader } from '@/components/complaint-settings/settings-header';
import { TemplateForm } from '@/components/complaint-settings/template-form';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listTemplates } from '@/lib/complaints/settings/queries';
import { TEMPLATE_BODY_MAX, TEMPLATE_TITLE_MAX } from '@/lib/complaints/settings/template-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('complaintSettings.sections'))('templates.title') };
}

export default async function TemplateSettingsPage() {
  const user = await requirePermission('manage:complaint_settings');
  const [t, templates] = await Promise.all([getTranslations('complaintSettings.templates'), listTemplates(user)]);
  const limits = { titleMax: TEMPLATE_TITLE_MAX, bodyMax: TEMPLATE_BODY_MAX };
  return (
    <div className="flex flex-col gap-6">
      <SettingsHeader section="templates" intro={t('intro')} />
      <AttentionGuide />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('newTitle')}</h2>
        {/* A new key each time the page renders, so each new template is its own submission. */}
        <TemplateForm mode="create" idempotencyKey={randomUUID()} {...limits} />
      </Card>
      <section aria-labelledby="template-list" className="flex flex-col gap-3">
        <h2 id="template-list" className="text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {templates.length === 0 ? <p className="text-zinc-700">{t('none')}</p> : null}
        <ol className="flex flex-col gap-3 empty:hidden">
          {templates.map((tpl, i) => (
            <li key={tpl.id} className="rounded-lg border border-zinc-200 bg-white p-4">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
                <h3 className="min-w-0 flex-1 text-base font-semibold break-words">{tpl.title}</h3>
                <div className="flex gap-2">
                  <MoveButtons intent="moveTemplate" fields={{ id: tpl.id }} name={tpl.title} first={i === 0} last={i === templates.length - 1} />
                </div>
              </div>
              <p className="mt-2 line-clamp-3 text-sm whitespace-pre-line text-zinc-700">{tpl.bodyMd}</p>
              <div className="mt-3 flex flex-col gap-3">
                <details>
                  <summary className={buttonClass('secondary', 'cursor-pointer list-none')}>
                    {t('edit')}
                    <span className="sr-only">: {tpl.title}</span>
                  </summary>
                  <div className="mt-3">
                    <TemplateForm mode="edit" template={tpl} {...limits} />
                  </div>
                </details>
                <details>
                  <summary className={buttonClass('ghost', 'cursor-pointer list-none text-red-800')}>
                    {t('delete')}
                    <span className="sr-only">: {tpl.title}</span>
                  </summary>
                  <div className="mt-2 flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 p-3">
                    <p className="text-sm text-red-900">{t('deleteWarning')}</p>
                    <IntentButton intent="deleteTemplate" fields={{ id: tpl.id }} label={t('deleteConfirm')} context={tpl.title} variant="danger" />
                  </div>
                </details>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
