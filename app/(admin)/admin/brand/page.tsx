import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BrandForm } from '@/components/admin/brand-form';
import { MembersCreateGroupsForm } from '@/components/groups/members-create-groups-form';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { membersMayCreateGroups } from '@/lib/groups/queries';
import { setMembersCreateGroupsAction } from '@/app/(member)/groups/actions';
import { updateBrandAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.brand'))('title') };
}

export default async function BrandPage() {
  await requirePermission('update:brand');
  const [t, brand, membersCreateGroups] = await Promise.all([getTranslations('admin.brand'), getBrand(), membersMayCreateGroups()]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <BrandForm
          initial={{
            name: brand.name,
            welcomeText: brand.welcomeText,
            welcomeTextEn: brand.welcomeTextEn,
            primaryColor: brand.colors.primary,
            accentColor: brand.colors.accent,
            defaultLocale: brand.defaultLocale,
            askMembershipNumber: brand.askMembershipNumber,
            hasLogo: brand.logoUrl !== null,
          }}
          action={updateBrandAction}
        />
      </Card>
      <Card>
        <MembersCreateGroupsForm enabled={membersCreateGroups} action={setMembersCreateGroupsAction} />
      </Card>
    </div>
  );
}
