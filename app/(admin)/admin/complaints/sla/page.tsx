import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SettingsHeader } from '@/components/complaint-settings/settings-header';
import { SlaForm, type SlaFormValues } from '@/components/complaint-settings/sla-form';
import { SlaPresets } from '@/components/complaint-settings/sla-presets';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listSlaPolicies } from '@/lib/complaints/settings/queries';
import { minutesOf, SLA_CLOCKS, splitMinutes } from '@/lib/complaints/settings/sla-units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('complaintSettings.sections'))('sla.title') };
}

export default async function SlaSettingsPage() {
  const user = await requirePermission('manage:complaint_settings');
  const [t, policies] = await Promise.all([getTranslations('complaintSettings.sla'), listSlaPolicies(user)]);
  return (
    <div className="flex flex-col gap-6">
      <SettingsHeader section="sla" intro={t('intro')} />
      <ul className="flex flex-col gap-4">
        {policies.map((p) => (
          <li key={p.priority}>
            <Card>
              <SlaForm priority={p.priority} initial={Object.fromEntries(SLA_CLOCKS.map((c) => [c, splitMinutes(p[minutesOf(c)])])) as SlaFormValues} />
            </Card>
          </li>
        ))}
      </ul>
      <SlaPresets />
    </div>
  );
}
