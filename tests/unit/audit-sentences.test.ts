import { describe, expect, it } from 'vitest';
import { auditSentences, sentenceKey, sentenceText } from '@/lib/audit/sentences';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';

// Every action the verbs write to the audit log (grep "action:" in lib/): each has its own sentence.
const ACTIONS = [
  'account.password_reset', 'account.set_role', 'account.sign_out_everywhere',
  'announcement.delete', 'announcement.publish', 'announcement.unpin', 'announcement.update',
  ...['official_reply', 'status_changed', 'progress_update', 'solution_proposed', 'closed', 'reopened', 'assigned', 'priority_changed', 'note', 'private_message', 'redacted', 'incident_linked', 'incident_update'].map((k) => `complaint.${k}`),
  'complaint_settings.board_update', 'complaint_settings.sla_preset', 'complaint_settings.sla_update', 'complaint_settings.team_member_add', 'complaint_settings.team_member_remove',
  'complaint_settings.template_delete', 'complaint_settings.template_move', 'complaint_settings.template_update',
  ...['category', 'branch', 'team'].flatMap((l) => ['create', 'rename', 'move', 'archive', 'unarchive'].map((v) => `complaint_settings.${l}_${v}`)),
  'group.create', 'group.invite', 'group.remove_member', 'group.set_role', 'group.update', 'group.request_approved', 'group.request_rejected',
  'invitation.create', 'invitation.redeem', 'invitation.revoke', 'join_request.approved', 'join_request.rejected', 'mail.retry',
  ...['hide', 'restore', 'redact', 'lock', 'unlock', 'move', 'delete', 'dismiss', 'approve'].map((a) => `moderation.${a}`),
  ...['upheld', 'rejected', 'acknowledged'].map((s) => `moderation.appeal_${s}`),
  ...['warning', 'silence', 'suspension', 'ban', 'lifted'].map((k) => `moderation.sanction_${k}`),
  'moderation.settings', 'moderation.word_add', 'moderation.word_remove', 'post.delete', 'thread.moderate', 'settings.brand_update', 'settings.members_create_groups',
];

describe('audit sentences', () => {
  for (const locale of ['es', 'en'] as const) {
    const t = dynamicTranslatorFor(locale);
    it(`exist in ${locale} for every action on record, and read without codes even when the target is gone`, () => {
      for (const action of ACTIONS) expect(sentenceKey(t, action), action).not.toMatch(/\.other$/);
      const records = ACTIONS.map((action) => ({ action, actorName: 'Laura Gómez', targetType: action.split('.')[0]!, targetId: '00000000-0000-4000-8000-000000000000', reason: null, before: null, after: null }));
      for (const s of auditSentences(t, records, { facts: new Map(), people: new Map() }, () => '1 de enero')) {
        expect(sentenceText(t, s)).toMatch(/^Laura Gómez /);
        expect(sentenceText(t, s)).not.toMatch(/[a-z]+[._][a-z]+|\{|\}/);
      }
    });
  }

  it('say a renamed category under the name it had, and a thread pinned as pinned', () => {
    const t = dynamicTranslatorFor('es');
    const [renamed, pinned] = auditSentences(
      t,
      [
        { action: 'complaint_settings.category_rename', actorName: 'Marta', targetType: 'complaint_category', targetId: null, reason: null, before: { name: 'Pistas' }, after: { name: 'Pistas y vestuarios' } },
        { action: 'thread.moderate', actorName: 'Jorge', targetType: 'thread', targetId: 't', reason: null, before: { pinned: false, locked: false }, after: { pinned: true, locked: false } },
      ],
      { facts: new Map([['thread:t', { title: 'Horarios', href: '/groups/futbol/t' }]]), people: new Map() },
      () => '',
    );
    expect(sentenceText(t, renamed!)).toBe('Marta renombró la categoría «Pistas» como «Pistas y vestuarios»');
    expect(pinned).toMatchObject({ before: 'Jorge fijó ', target: 'el hilo «Horarios»', after: '', href: '/groups/futbol/t' });
  });
});
