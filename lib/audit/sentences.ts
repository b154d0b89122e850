import type { DynamicTranslator as Translator } from '@/lib/i18n/translator';
import { type AuditRef, factsOf, personOf, snapshot, type TargetFacts } from './targets';

export interface AuditRecord extends AuditRef {
  action: string;
  actorName: string | null;
  reason: string | null;
}

/** An entry told as a sentence: the words before and after its target, which the page links. */
export interface AuditSentence {
  before: string;
  target: string | null;
  after: string;
  href: string | null;
  /** The reason in words: a moderation reason translated, a person's note as they wrote it. */
  reason: string | null;
}

// The three lists a manager keeps share their verbs, and so their sentences.
const LIST_ENTRY = /^complaint_settings\.(?:category|branch|team)_(create|rename|move|archive|unarchive)$/;
const HIDE_REASONS = new Set(['personal_data', 'abuse', 'spam', 'off_topic', 'duplicate', 'held']);
// Reasons that are codes the sentence already says in words.
const REASON_IN_SENTENCE = new Set(['complaint_settings.sla_preset']);
const MARK = '\u0000';

export function sentenceKey(t: Translator, action: string): string {
  const key = `audit.sentences.${action.replace(LIST_ENTRY, 'complaint_settings.entry_$1')}`;
  if (t.has(key)) return key;
  return action.startsWith('complaint.') ? 'audit.sentences.complaint.other' : 'audit.sentences.other';
}

// The fact a target's phrase cannot do without: a thread without its title is just "an item".
const REQUIRED: Record<string, keyof TargetFacts> = {
  post: 'author',
  complaint_comment: 'number',
  thread: 'title',
  complaint: 'title',
  announcement: 'title',
  response_template: 'title',
  watched_word: 'term',
  user: 'name',
  profile: 'name',
  group: 'name',
  join_request: 'name',
  staff_team: 'name',
  complaint_category: 'name',
  complaint_branch: 'name',
};

function targetPhrase(t: Translator, r: AuditRecord, f: TargetFacts & { gone: boolean }): string {
  if (r.targetType === 'community') return t(r.action === 'complaint_settings.board_update' ? 'audit.targets.board' : 'audit.targets.community');
  const key = `audit.targets.${r.targetType}`;
  const required = REQUIRED[r.targetType];
  if (!t.has(key)) return t('audit.targets.unknown');
  if (required && f[required] === undefined) return t('audit.targets.deleted', { what: t('audit.targets.unknown') });
  const phrase = t(key, {
    author: f.author ?? t('audit.targets.someone'),
    title: f.title ?? '',
    name: f.name ?? '',
    term: f.term ?? '',
    number: f.number ?? 0,
    priority: r.targetType === 'sla_policy' && r.targetId ? t(`complaints.priority.${r.targetId}`) : 'none',
  });
  return f.gone ? t('audit.targets.deleted', { what: phrase }) : phrase;
}

function values(t: Translator, r: AuditRecord, people: Map<string, string>, teams: Map<string, string>, day: (d: Date) => string): Record<string, string> {
  const after = (k: string) => snapshot(r.after, k);
  const person = personOf(r);
  const teamId = after('teamId');
  const endsAt = after('endsAt');
  const pinned = [snapshot(r.before, 'pinned'), after('pinned')];
  const locked = [snapshot(r.before, 'locked'), after('locked')];
  const status = after('status');
  const priority = after('to');
  const closeReason = after('reason');
  return {
    person: (person && people.get(person)) ?? (teamId && teams.get(teamId)) ?? t('audit.targets.someone'),
    role: after('role') ?? 'member',
    status: status ? t(`complaints.status.${status}`) : '',
    priority: priority ? t(`complaints.priority.${priority}`) : '',
    closeReason: closeReason && t.has(`complaints.closeReason.${closeReason}`) ? t(`complaints.closeReason.${closeReason}`) : '',
    incident: after('title') ?? '',
    name: after('name') ?? '',
    direction: after('direction') ?? 'down',
    preset: r.reason ?? 'defaults',
    until: endsAt && !Number.isNaN(Date.parse(endsAt)) ? day(new Date(endsAt)) : 'none',
    change: pinned[0] !== pinned[1] ? (pinned[1] === 'true' ? 'pin' : 'unpin') : locked[0] !== locked[1] ? (locked[1] === 'true' ? 'lock' : 'unlock') : 'other',
    allowed: after('membersCreateGroups') === 'true' ? 'yes' : 'no',
    // A roster import is audited by its counts.
    rows: after('rows') ?? '0',
    created: after('created') ?? '0',
    updated: after('updated') ?? '0',
    refused: after('refused') ?? '0',
  };
}

function reasonOf(t: Translator, r: AuditRecord): string | null {
  if (!r.reason || REASON_IN_SENTENCE.has(r.action)) return null;
  return HIDE_REASONS.has(r.reason) ? t(`moderation.tombstone.reason.${r.reason}`) : r.reason;
}

/**
 * Every entry of a page as a sentence in the reader's language ("Laura Gómez ocultó una respuesta de
 * Carlos Navarro"), its target a link where the target still exists and the reader may open it.
 */
export function auditSentences(t: Translator, records: AuditRecord[], loaded: { facts: Map<string, TargetFacts>; people: Map<string, string> }, day: (d: Date) => string): AuditSentence[] {
  const teams = new Map([...loaded.facts].filter(([k]) => k.startsWith('staff_team:')).map(([k, f]) => [k.slice('staff_team:'.length), f.name ?? '']));
  return records.map((r) => {
    const facts = factsOf(r, loaded.facts);
    const target = targetPhrase(t, r, facts);
    const text = t(sentenceKey(t, r.action), { actor: r.actorName ?? t('audit.system'), target: MARK, ...values(t, r, loaded.people, teams, day) });
    const [before, after = ''] = text.split(MARK);
    const linked = text.includes(MARK);
    return { before: before!, target: linked ? target : null, after, href: linked && !facts.gone ? facts.href : null, reason: reasonOf(t, r) };
  });
}

/** The sentence as plain text, with its reason: for the CSV and the spreadsheet. */
export function sentenceText(t: Translator, s: AuditSentence): string {
  const sentence = `${s.before}${s.target ?? ''}${s.after}`;
  return s.reason ? t('audit.withReason', { sentence, reason: s.reason }) : sentence;
}
