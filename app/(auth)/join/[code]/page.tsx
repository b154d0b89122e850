import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/auth/link-problem';
import { RedeemInvitationForm } from '@/components/auth/redeem-invitation-form';
import { LegalDocumentsOnJoining } from '@/components/privacy/legal-on-joining';
import { Card } from '@/components/ui/card';
import { getBrand } from '@/lib/brand/queries';
import { Gone, NotFound } from '@/lib/errors';
import { findUsableInvitation } from '@/lib/invitations/redeem';
import { currentDocuments } from '@/lib/privacy/legal';
import { redeemInvitationAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('join.invitation'))('title') };
}

export default async function InvitationPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw);
  const [t, brand] = await Promise.all([getTranslations('join'), getBrand()]);
  let invitation;
  try {
    invitation = await findUsableInvitation(code);
  } catch (e) {
    if (e instanceof Gone) return <LinkProblem title={t('invitation.problemTitle')} messageKey={e.message} />;
    if (e instanceof NotFound) return <LinkProblem title={t('invitation.problemTitle')} messageKey="join.invitation.unknown" />;
    throw e;
  }
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('invitation.title')}</h1>
        <p className="mt-2 text-zinc-700">{t('invitation.intro', { community: brand.name })}</p>
      </div>
      <Card>
        <RedeemInvitationForm code={code} email={invitation.email} action={redeemInvitationAction} />
        <LegalDocumentsOnJoining locale={await getLocale()} docs={await currentDocuments()} />
      </Card>
    </div>
  );
}
