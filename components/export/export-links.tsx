import { getTranslations } from 'next-intl/server';
import type { ExportFormat } from '@/lib/export/sheet';

const withFormat = (href: string, format: ExportFormat) => (format === 'csv' ? href : `${href}${href.includes('?') ? '&' : '?'}format=${format}`);

/** The two downloads of one export, the same rows as a CSV and as an Excel workbook. */
export async function ExportLinks({ href, className = '' }: { href: string; className?: string }) {
  const t = await getTranslations('exports');
  const link = 'font-medium text-brand-ink underline underline-offset-4';
  return (
    <span className={`flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden ${className}`}>
      <a href={withFormat(href, 'csv')} className={link} download>
        {t('csv')}
      </a>
      <a href={withFormat(href, 'xlsx')} className={link} download>
        {t('xlsx')}
      </a>
    </span>
  );
}
