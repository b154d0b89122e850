import { useTranslations } from 'next-intl';
import { GAP_CLOSE, GAP_OPEN, TEMPLATE_VARIABLES } from '@/lib/complaints/templates';

const STEPS = ['apology', 'interest', 'commitment', 'solution', 'communication', 'thanks'] as const;

/** What a good reply contains, and the placeholders a template can use, beside the template forms. */
export function AttentionGuide() {
  const t = useTranslations('complaintSettings.templates');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="attention-steps" className="rounded-lg border border-sky-200 bg-sky-50 p-4 text-sky-950 sm:p-6">
        <h2 id="attention-steps" className="text-lg font-semibold">
          {t('stepsTitle')}
        </h2>
        <p className="mt-1 text-sm">{t('stepsIntro')}</p>
        <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm">
          {STEPS.map((s) => (
            <li key={s}>{t(`steps.${s}`)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="template-variables" className="rounded-lg border border-zinc-200 bg-white p-4 sm:p-6">
        <h2 id="template-variables" className="text-lg font-semibold">
          {t('variablesTitle')}
        </h2>
        <dl className="mt-3 space-y-2 text-sm">
          {TEMPLATE_VARIABLES.map((v) => (
            <div key={v} className="flex flex-wrap gap-x-2">
              <dt>
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-zinc-900">{`{${v}}`}</code>
              </dt>
              <dd className="text-zinc-700">{t(`variables.${v}`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-4 font-semibold">
          <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-zinc-900">{`${GAP_OPEN}…${GAP_CLOSE}`}</code> {t('gapTitle')}
        </h3>
        <p className="mt-1 text-sm text-zinc-700">{t('gapBody')}</p>
      </section>
    </div>
  );
}
