import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  closeReasonEnum,
  complaintEventKindEnum,
  complaintStatusEnum,
  eventVisibilityEnum,
  incidentTypeEnum,
  priorityEnum,
} from './enums';
import { hideReasonEnum } from './moderation';
import { users } from './users';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// Lists the manager maintains; archived entries stay on old complaints but are not offered any more.
export const complaintCategories = pgTable('complaint_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  // What English members read; empty, they read the Spanish name.
  nameEn: text('name_en').notNull().default(''),
  position: integer('position').notNull().default(0),
  archived: boolean('archived').notNull().default(false),
});

export const complaintBranches = pgTable('complaint_branches', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull().default(''),
  position: integer('position').notNull().default(0),
  archived: boolean('archived').notNull().default(false),
});

// Minutes per priority: first official answer, interval between updates, resolution.
export const slaPolicies = pgTable('sla_policies', {
  priority: priorityEnum('priority').primaryKey(),
  firstResponseMinutes: integer('first_response_minutes').notNull(),
  updateMinutes: integer('update_minutes').notNull(),
  resolutionMinutes: integer('resolution_minutes').notNull(),
});

// Staff teams a complaint can be assigned to ("Mantenimiento", "Administración") when no one person owns it yet.
export const staffTeams = pgTable('staff_teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  // The three lists share one shape (lib/complaints/settings/lists.ts).
  nameEn: text('name_en').notNull().default(''),
  position: integer('position').notNull().default(0),
  archived: boolean('archived').notNull().default(false),
});

export const staffTeamMembers = pgTable(
  'staff_team_members',
  {
    teamId: uuid('team_id').notNull().references(() => staffTeams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('staff_team_members_user_idx').on(t.userId)],
);

export const incidents = pgTable('incidents', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  type: incidentTypeEnum('type').notNull(),
  level: smallint('level').notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
}, (t) => [check('incidents_level', sql`${t.level} between 1 and 3`)]);

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The short public reference people quote: "queja #128".
    number: serial('number').notNull(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    // Public text, with any personal data the author kept already masked.
    title: text('title').notNull(),
    bodyMd: text('body_md').notNull(),
    bodyHtml: text('body_html').notNull(),
    categoryId: uuid('category_id').notNull().references(() => complaintCategories.id),
    branchId: uuid('branch_id').notNull().references(() => complaintBranches.id),
    priority: priorityEnum('priority').notNull().default('normal'),
    status: complaintStatusEnum('status').notNull().default('open'),
    closeReason: closeReasonEnum('close_reason'),
    duplicateOfId: uuid('duplicate_of_id'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    assigneeTeamId: uuid('assignee_team_id').references(() => staffTeams.id),
    incidentId: uuid('incident_id').references(() => incidents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    lastStaffUpdateAt: timestamp('last_staff_update_at', { withTimezone: true }),
    solutionProposedAt: timestamp('solution_proposed_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    // The SLA clock: when the next answer is due, and when the whole complaint is.
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    // Set by the SLA sweep when the current due time passed (cleared when staff speak again), so each
    // breach escalates once; the warning works the same way a little before.
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    slaWarnedAt: timestamp('sla_warned_at', { withTimezone: true }),
    reopenCount: integer('reopen_count').notNull().default(0),
    meTooCount: integer('me_too_count').notNull().default(0),
    followerCount: integer('follower_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    continuedPrivately: boolean('continued_privately').notNull().default(false),
    idempotencyKey: text('idempotency_key'),
    // While the company has the ball: since it last spoke, or since filing. Drives "longest waiting".
    waitingSince: timestamp('waiting_since', { withTimezone: true }).generatedAlwaysAs(
      sql`case when status in ('open', 'acknowledged', 'in_progress') then coalesce(last_staff_update_at, first_response_at, created_at) end`,
    ),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('tertulia_es'::regconfig, title || ' ' || body_md) || to_tsvector('tertulia_en'::regconfig, title || ' ' || body_md)`,
    ),
  },
  (t) => [
    uniqueIndex('complaints_number_key').on(t.number),
    uniqueIndex('complaints_idempotency_key').on(t.authorId, t.idempotencyKey),
    index('complaints_board_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('complaints_status_idx').on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('complaints_metoo_idx').on(t.meTooCount.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('complaints_author_idx').on(t.authorId, t.createdAt.desc().nullsFirst()),
    index('complaints_assignee_idx').on(t.assigneeId, t.status),
    index('complaints_team_idx').on(t.assigneeTeamId, t.status),
    index('complaints_waiting_idx').on(t.waitingSince, t.id).where(sql`${t.waitingSince} is not null`),
    index('complaints_due_idx').on(t.nextDueAt).where(sql`${t.status} not in ('resolved', 'closed')`),
    index('complaints_solution_idx').on(t.solutionProposedAt).where(sql`${t.status} = 'solution_proposed'`),
    index('complaints_category_idx').on(t.categoryId, t.createdAt.desc().nullsFirst()),
    index('complaints_branch_idx').on(t.branchId, t.createdAt.desc().nullsFirst()),
    index('complaints_incident_idx').on(t.incidentId),
    index('complaints_search_idx').using('gin', t.searchVector),
  ],
);

/** Everything that happens to a complaint, in order: its timeline and the source of every figure. */
export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id').notNull().references(() => complaints.id, { onDelete: 'cascade' }),
    kind: complaintEventKindEnum('kind').notNull(),
    visibility: eventVisibilityEnum('visibility').notNull().default('public'),
    actorId: uuid('actor_id').references(() => users.id),
    bodyMd: text('body_md'),
    bodyHtml: text('body_html'),
    fromStatus: complaintStatusEnum('from_status'),
    toStatus: complaintStatusEnum('to_status'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    idempotencyKey: text('idempotency_key'),
    // A comment hidden by moderation stays in the timeline as a tombstone with the reason.
    hiddenReason: hideReasonEnum('hidden_reason'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
  },
  (t) => [
    index('complaint_events_timeline_idx').on(t.complaintId, t.id),
    index('complaint_events_kind_idx').on(t.kind, t.createdAt),
    // The dashboard's figures (docs/decisions/0006) read only these columns of only these events, from
    // the index alone; complaint_facts_at (migration 0013) repeats its predicate.
    index('complaint_events_figures_idx')
      // drizzle has no INCLUDE: the read columns trail the key instead, to the same effect.
      .on(t.complaintId, t.createdAt, t.id, t.kind, t.visibility, t.toStatus, t.actorId, t.data)
      .where(
        sql`${t.kind} in ('official_reply', 'progress_update', 'solution_proposed', 'incident_update', 'created', 'priority_changed', 'solution_rejected', 'reopened', 'sla_breached') or ${t.toStatus} is not null`,
      ),
    uniqueIndex('complaint_events_idempotency_key').on(t.actorId, t.idempotencyKey),
  ],
);

export const complaintPhotos = pgTable(
  'complaint_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id').notNull().references(() => complaints.id, { onDelete: 'cascade' }),
    eventId: integer('event_id'),
    storageKey: text('storage_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complaint_photos_complaint_idx').on(t.complaintId)],
);

export const complaintMeToo = pgTable(
  'complaint_me_too',
  {
    complaintId: uuid('complaint_id').notNull().references(() => complaints.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.complaintId, t.userId] }), index('complaint_me_too_user_idx').on(t.userId)],
);

export const complaintFollowers = pgTable(
  'complaint_followers',
  {
    complaintId: uuid('complaint_id').notNull().references(() => complaints.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.complaintId, t.userId] }), index('complaint_followers_user_idx').on(t.userId)],
);

// One answer per complaint, from its author, once it is resolved or closed.
export const complaintRatings = pgTable(
  'complaint_ratings',
  {
    complaintId: uuid('complaint_id').primaryKey().references(() => complaints.id, { onDelete: 'cascade' }),
    solved: boolean('solved').notNull(),
    rating: smallint('rating').notNull(),
    wouldStay: boolean('would_stay').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('complaint_ratings_rating', sql`${t.rating} between 1 and 5`), index('complaint_ratings_created_idx').on(t.createdAt)],
);

export const responseTemplates = pgTable('response_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  bodyMd: text('body_md').notNull(),
  // The English version staff answer English members with; empty, the Spanish one is offered.
  titleEn: text('title_en').notNull().default(''),
  bodyMdEn: text('body_md_en').notNull().default(''),
  position: integer('position').notNull().default(0),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
