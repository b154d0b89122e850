import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { TransparencyFigures } from '@/lib/complaints/metrics/queries';
import type { FigureFormat } from './format';

/** The trust index of the whole network, and its method in plain words (docs/domain.md › Metrics asks for both). */
export async function TrustIndex({ figures, format }: { figures: TransparencyFigures; format: FigureFormat }) {
  const t = await getTranslations('transparency');
  const { network, minEvaluations: min, priorWeight: prior } = figures;
  const value = format.index(network.trustIndex);
  return (
    <Card>
      <div className="flex flex-col gap-6 lg:flex-row">
        <div className="flex flex-col gap-1 lg:w-64 lg:shrink-0">
          <h2 className="text-lg font-semibold">{t('trust.title')}</h2>
          {value === null ? (
            <>
              <p className="text-2xl font-bold text-zinc-700">{t('notEnoughData')}</p>
              <p className="text-sm text-zinc-700">{t('trust.notPublished', { min, count: network.answers })}</p>
            </>
          ) : (
            <>
              <p className="text-5xl font-bold tabular-nums text-brand-ink">{value}</p>
              <p className="text-sm text-zinc-700">{t('trust.basis', { count: network.answers })}</p>
            </>
          )}
        </div>
        <div className="flex max-w-prose flex-col gap-3 text-sm text-zinc-800">
          <h3 className="text-base font-semibold text-zinc-900">{t('trust.methodTitle')}</h3>
          <p className="rounded-md bg-zinc-100 px-3 py-2 font-mono text-sm break-words text-zinc-900">{t('trust.formula')}</p>
          <p>{t('trust.terms')}</p>
          <p>{t('trust.minimum', { min })}</p>
          <p>{t('trust.prior', { prior })}</p>
          <p>{t('trust.branchRule', { min })}</p>
          <p>{t('trust.source')}</p>
        </div>
      </div>
    </Card>
  );
}
