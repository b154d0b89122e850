import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

// GDPR arts. 15–21: what a person may ask of the controller. Labels are translated.
export const privacyRequestKindEnum = pgEnum('privacy_request_kind', ['access', 'erasure', 'rectification', 'objection']);
export const privacyRequestStatusEnum = pgEnum('privacy_request_status', ['open', 'in_progress', 'resolved', 'rejected']);
// From the member's own settings page, or entered by staff for one that came by letter (or e-mail, or at the desk).
export const privacyRequestSourceEnum = pgEnum('privacy_request_source', ['member', 'letter']);
export const privacyRequestEventKindEnum = pgEnum('privacy_request_event_kind', ['opened', 'assigned', 'started', 'resolved', 'rejected', 'overdue']);

/**
 * The requests desk (/admin/privacy). Each has the one-month clock of GDPR art. 12.3, counted from the
 * day the request arrived (the letter's date when staff enter one), and every change is an event row.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // What staff and the member call it: "Solicitud 12".
    number: serial('number').notNull(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => users.id),
    kind: privacyRequestKindEnum('kind').notNull(),
    source: privacyRequestSourceEnum('source').notNull(),
    status: privacyRequestStatusEnum('status').notNull().default('open'),
    // The person's own words (what to rectify, what processing they object to).
    details: text('details').notNull().default(''),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    // The answer given to the person when it was resolved or refused.
    resolution: text('resolution'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => users.id),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('privacy_requests_number_key').on(t.number),
    uniqueIndex('privacy_requests_idempotency_key').on(t.idempotencyKey),
    index('privacy_requests_due_idx').on(t.dueAt).where(sql`${t.status} in ('open', 'in_progress')`),
    index('privacy_requests_subject_idx').on(t.subjectId, t.createdAt.desc().nullsFirst()),
    index('privacy_requests_list_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const privacyRequestEvents = pgTable(
  'privacy_request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => privacyRequests.id),
    kind: privacyRequestEventKindEnum('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    data: jsonb('data'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('privacy_request_events_request_idx').on(t.requestId, t.id)],
);

export const legalDocumentKindEnum = pgEnum('legal_document_kind', ['terms', 'privacy']);

/** Versioned terms of use and privacy notice; a new version is a new row, never an edit. */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: legalDocumentKindEnum('kind').notNull(),
    version: integer('version').notNull(),
    bodyMdEs: text('body_md_es').notNull(),
    bodyHtmlEs: text('body_html_es').notNull(),
    bodyMdEn: text('body_md_en').notNull(),
    bodyHtmlEn: text('body_html_en').notNull(),
    publishedById: uuid('published_by_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('legal_documents_version_key').on(t.kind, t.version.desc())],
);

// Append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE, as for the audit log.
export const legalAcceptances = pgTable(
  'legal_acceptances',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => legalDocuments.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.documentId] })],
);

/** A guardian's consent for a member under 14 (LOPDGDD art. 7), recorded by staff. */
export const guardianConsents = pgTable('guardian_consents', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  guardianName: text('guardian_name').notNull(),
  recordedById: uuid('recorded_by_id')
    .notNull()
    .references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How long each kind of personal data is kept; the retention job purges what is older. One row. */
export const retentionSettings = pgTable(
  'retention_settings',
  {
    id: smallint('id').primaryKey().default(1),
    clientIpDays: integer('client_ip_days').notNull().default(30),
    mailBodyDays: integer('mail_body_days').notNull().default(90),
    readNotificationDays: integer('read_notification_days').notNull().default(365),
    exportFileDays: integer('export_file_days').notNull().default(7),
    auditLogDays: integer('audit_log_days').notNull().default(2190),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid('updated_by_id').references(() => users.id),
  },
  (t) => [check('retention_settings_single_row', sql`${t.id} = 1`)],
);

export type PrivacyRequestRow = typeof privacyRequests.$inferSelect;
export type LegalDocumentRow = typeof legalDocuments.$inferSelect;
