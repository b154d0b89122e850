import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export interface PresetLink {
  days: number;
  href: string;
  current: boolean;
}

interface Props {
  /** Where the custom form sends its dates (the page itself). */
  action: string;
  presets: PresetLink[];
  customCurrent: boolean;
  /** The dates as typed, kept when they were refused. */
  typed: { from: string; to: string };
  /** The refused field and its message (an i18n key), if any. */
  error: { field: 'from' | 'to'; message: string } | null;
  maxDays: number;
}

/**
 * The period: preset links, or two dates sent in the address (a GET form: no JavaScript needed, and the
 * result can be shared). A refused range keeps what was typed and says what to fix next to the field.
 */
export async function PeriodPicker({ action, presets, customCurrent, typed, error, maxDays }: Props) {
  const t = await getTranslations();
  const errorsOf = (field: 'from' | 'to') => (error?.field === field ? [t(error.message, { max: maxDays })] : undefined);
  return (
    <div className="flex flex-col gap-4 print:hidden">
      <nav aria-label={t('dashboard.periodLabel')}>
        <ul className="flex flex-wrap gap-2">
          {presets.map((p) => (
            <li key={p.days}>
              <Link href={p.href} aria-current={p.current ? 'page' : undefined} className={buttonClass(p.current ? 'primary' : 'secondary')}>
                {t('dashboard.lastDays', { days: p.days })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={action} method="get" className="flex flex-wrap items-end gap-3" aria-labelledby="custom-period-title" noValidate>
        <h2 id="custom-period-title" className="sr-only">
          {t('dashboard.customTitle')}
        </h2>
        <input type="hidden" name="window" value="custom" />
        <Field name="from" type="date" label={t('dashboard.from')} defaultValue={typed.from} errors={errorsOf('from')} />
        <Field name="to" type="date" label={t('dashboard.to')} defaultValue={typed.to} errors={errorsOf('to')} hint={t('dashboard.customHint', { max: maxDays })} />
        <button type="submit" className={buttonClass(customCurrent ? 'primary' : 'secondary', 'mb-auto mt-6')}>
          {t('dashboard.applyCustom')}
        </button>
      </form>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {t('dashboard.customRefused', { reason: t(error.message, { max: maxDays }) })}
        </p>
      ) : null}
    </div>
  );
}
