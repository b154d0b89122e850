// The complaint_facts table's bookkeeping (migration 0013, docs/decisions/0008) for what writes
// complaints in bulk around its triggers (the scale seed), and the check that it matches the events.

/** The triggers that keep complaint_facts, per table: a bulk load disables them and refills once. */
export const FACTS_TRIGGERS = {
  complaints: ['complaint_facts_on_complaint_insert', 'complaint_facts_on_complaint_update'],
  complaint_events: ['complaint_facts_on_event_insert', 'complaint_facts_on_event_update', 'complaint_facts_on_event_delete'],
  complaint_ratings: ['complaint_facts_on_rating_insert', 'complaint_facts_on_rating_update', 'complaint_facts_on_rating_delete'],
} as const;

export const factsTriggersSql = (action: 'enable' | 'disable') =>
  Object.entries(FACTS_TRIGGERS)
    .flatMap(([table, triggers]) => triggers.map((t) => `alter table ${table} ${action} trigger ${t}`))
    .join('; ');

/** Recounts every complaint's row from its events (what the triggers would have written). */
export const REFILL_FACTS_SQL = 'select complaint_facts_refresh(array(select id from complaints))';

/** Complaints whose stored row differs from a recount from their events, or that have none (or a row without a complaint). */
export const FACTS_DRIFT_SQL = `select count(*) from complaint_facts f
  full join complaint_facts_at(array(select id from complaints), 'infinity') x on x.complaint_id = f.complaint_id
  where row(f.*) is distinct from row(x.*)`;
