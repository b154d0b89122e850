import { RotateCcw, Scale } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { IntentButton } from './intent-button';

/** Both quick settings change every priority at once, so each says plainly what it does first. */
export function SlaPresets() {
  const t = useTranslations('complaintSettings.sla');
  const presets = [
    { preset: 'spain_legal_month', key: 'legal', icon: <Scale aria-hidden className="size-5" /> },
    { preset: 'defaults', key: 'defaults', icon: <RotateCcw aria-hidden className="size-5" /> },
  ] as const;
  return (
    <section aria-labelledby="sla-presets" className="flex flex-col gap-3">
      <h2 id="sla-presets" className="text-lg font-semibold">
        {t('presetsTitle')}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        {presets.map((p) => (
          <Card key={p.preset} className="flex flex-col gap-3">
            <h3 className="font-semibold">{t(`${p.key}Title`)}</h3>
            <p className="text-sm text-zinc-700">{t(`${p.key}Body`)}</p>
            <div className="mt-auto">
              <IntentButton intent="applySlaPreset" fields={{ preset: p.preset }} label={t(`${p.key}Apply`)} icon={p.icon} success={t(`${p.key}Applied`)} />
            </div>
          </Card>
        ))}
      </div>
    </section>
  );
}
