import { directMail } from '@/lib/mail/direct-mail';

type Kind = 'approved' | 'rejected' | 'alreadyMember';

const queue = (kind: Kind, category: string) =>
  directMail(category, ({ t, brand, appUrl }, { name, note }) => {
    const v = { community: brand.name, name: name ?? '' };
    return {
      subject: t(`mail.${kind}.subject`, v),
      heading: t(`mail.${kind}.heading`, v),
      paragraphs: [t(`mail.${kind}.body`, v), ...(note ? [t('mail.rejected.note', { note })] : [])],
      action:
        kind === 'rejected'
          ? undefined
          : { label: t(`mail.${kind}.action`), url: kind === 'approved' ? `${appUrl}/sign-in` : `${appUrl}/forgot-password` },
    };
  });

export const queueApprovedMail = queue('approved', 'join_approved');
export const queueRejectedMail = queue('rejected', 'join_rejected');
export const queueAlreadyMemberMail = queue('alreadyMember', 'join_already_member');
