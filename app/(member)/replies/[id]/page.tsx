import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { HeldReplyForm } from '@/components/replies/held-reply-form';
import { Alert } from '@/components/ui/alert';
import { requireMember } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';
import { heldReply } from '@/lib/inbound/queries';
import { decideHeldReplyAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('replyByMail'))('decide.title') };
}

export default async function HeldReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireMember();
  const { id } = await params;
  const reply = await heldReply(user, id).catch((e: unknown) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  const t = await getTranslations('replyByMail');
  const complaintLink = reply.complaintNumber ? (
    <Link href={`/board/${reply.complaintNumber}`} className="font-semibold text-brand-ink underline">
      {t('decide.open')}
    </Link>
  ) : null;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('decide.title')}</h1>
      {reply.status === 'held' && reply.body !== null ? (
        <>
          <p className="text-zinc-800">{t('decide.intro')}</p>
          <blockquote className="whitespace-pre-wrap rounded-md border-l-4 border-zinc-400 bg-white px-4 py-3 text-zinc-900">{reply.body}</blockquote>
          {/* The comment verb's refusals are the complaint area's words: the board's messages come along. */}
          <ClientMessages area="board">
            <HeldReplyForm id={reply.id} action={decideHeldReplyAction} />
          </ClientMessages>
        </>
      ) : (
        <Alert tone="info">{reply.status === 'discarded' ? t('decide.discarded') : t('decide.gone')}</Alert>
      )}
      {complaintLink ? <p>{complaintLink}</p> : null}
    </div>
  );
}
