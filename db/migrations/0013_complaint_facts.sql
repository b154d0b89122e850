CREATE TABLE "complaint_facts" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"category_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"first_response_at" timestamp with time zone,
	"first_signed_at" timestamp with time zone,
	"first_signed_by" uuid,
	"signed_by" uuid[] NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolutions" integer NOT NULL,
	"reopens" integer NOT NULL,
	"sla_breached" boolean NOT NULL,
	"ended" boolean NOT NULL,
	"open" boolean NOT NULL,
	"breached_now" boolean NOT NULL,
	"priority" text,
	"solved" boolean,
	"rating" smallint,
	"would_stay" boolean,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_facts" ADD CONSTRAINT "complaint_facts_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Each complaint's facts at `upto`, from its events and survey answer up to then: the one definition
-- of what the dashboard counts per complaint (docs/decisions/0008). The events read are those of
-- complaint_events_figures_idx (its predicate repeated, so each complaint is an index-only scan).
CREATE FUNCTION complaint_facts_at(ids uuid[], upto timestamptz) RETURNS SETOF complaint_facts LANGUAGE sql STABLE AS $$
  select c.id, c.created_at, c.category_id, c.branch_id,
         ev.first_response_at, ev.first_signed_at, ev.first_signed_by, ev.signed_by,
         ev.resolved_at, ev.resolutions, ev.reopens, ev.sla_breached, ev.ended, ev.open,
         ev.resolution_breach or coalesce(ev.last_breach_at >= coalesce(ev.last_statement_at, '-infinity'), false),
         ev.priority, r.solved, r.rating, r.would_stay,
         greatest(ev.last_at, r.created_at, '-infinity')
    from complaints c
    cross join lateral (
      select min(e.created_at) filter (where e.statement) as first_response_at,
             min(e.created_at) filter (where e.statement and e.actor_id is not null) as first_signed_at,
             (array_agg(e.actor_id order by e.created_at, e.actor_id) filter (where e.statement and e.actor_id is not null))[1] as first_signed_by,
             coalesce(array_agg(distinct e.actor_id) filter (where e.statement and e.actor_id is not null), '{}') as signed_by,
             max(e.created_at) filter (where e.to_status = 'resolved') as resolved_at,
             (count(*) filter (where e.to_status = 'resolved'))::int as resolutions,
             (count(*) filter (where e.kind in ('solution_rejected', 'reopened')))::int as reopens,
             coalesce(bool_or(e.kind = 'sla_breached' and e.data->>'clock' in ('first_response', 'resolution')), false) as sla_breached,
             coalesce((array_agg(e.to_status order by e.created_at desc, e.id desc) filter (where e.to_status is not null))[1] in ('resolved', 'closed'), false) as ended,
             -- An ending and a reopening at the very same instant count as ended.
             coalesce(max(e.created_at) filter (where e.to_status not in ('resolved', 'closed'))
                        > coalesce(max(e.created_at) filter (where e.to_status in ('resolved', 'closed')), '-infinity'), false) as open,
             coalesce(bool_or(e.kind = 'sla_breached' and e.data->>'clock' = 'resolution'), false) as resolution_breach,
             -- The sweep records one breach per due time: one no statement has followed is the latest.
             max(e.created_at) filter (where e.kind = 'sla_breached') as last_breach_at,
             max(e.created_at) filter (where e.statement) as last_statement_at,
             (array_agg(coalesce(e.data->>'to', e.data->>'priority') order by e.created_at desc, e.id desc)
                filter (where e.kind in ('created', 'priority_changed')))[1] as priority,
             max(e.created_at) as last_at
        from (select e.*, e.kind in ('official_reply', 'progress_update', 'solution_proposed', 'incident_update') and e.visibility = 'public' as statement
                from complaint_events e
               where e.complaint_id = c.id and e.created_at <= upto
                 and (e.kind in ('official_reply', 'progress_update', 'solution_proposed', 'incident_update', 'created', 'priority_changed', 'solution_rejected', 'reopened', 'sla_breached') or e.to_status is not null)) e
    ) ev
    left join complaint_ratings r on r.complaint_id = c.id and r.created_at <= upto
   where c.id = any(ids)
$$;
--> statement-breakpoint
-- Recounts the rows of these complaints. The rows are locked before counting, so that the counting
-- statement's snapshot sees what a concurrent writer of the same complaint committed meanwhile (the
-- SLA sweep records a breach without the complaint's lock): no write leaves a row missing another's event.
CREATE FUNCTION complaint_facts_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM complaint_facts WHERE complaint_id = ANY(ids) ORDER BY complaint_id FOR UPDATE;
  INSERT INTO complaint_facts (complaint_id, created_at, category_id, branch_id, first_response_at, first_signed_at, first_signed_by, signed_by, resolved_at, resolutions, reopens, sla_breached, ended, open, breached_now, priority, solved, rating, would_stay, last_at)
  SELECT complaint_id, created_at, category_id, branch_id, first_response_at, first_signed_at, first_signed_by, signed_by, resolved_at, resolutions, reopens, sla_breached, ended, open, breached_now, priority, solved, rating, would_stay, last_at FROM complaint_facts_at(ids, 'infinity')
  ON CONFLICT (complaint_id) DO UPDATE
     SET created_at = excluded.created_at,
         category_id = excluded.category_id,
         branch_id = excluded.branch_id,
         first_response_at = excluded.first_response_at,
         first_signed_at = excluded.first_signed_at,
         first_signed_by = excluded.first_signed_by,
         signed_by = excluded.signed_by,
         resolved_at = excluded.resolved_at,
         resolutions = excluded.resolutions,
         reopens = excluded.reopens,
         sla_breached = excluded.sla_breached,
         ended = excluded.ended,
         open = excluded.open,
         breached_now = excluded.breached_now,
         priority = excluded.priority,
         solved = excluded.solved,
         rating = excluded.rating,
         would_stay = excluded.would_stay,
         last_at = excluded.last_at;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION complaint_facts_after_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM complaint_facts_refresh(array(SELECT id FROM changed));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION complaint_facts_after_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM complaint_facts_refresh(array(SELECT DISTINCT complaint_id FROM changed));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION complaint_facts_after_row_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM complaint_facts_refresh(array(SELECT complaint_id FROM changed UNION SELECT complaint_id FROM previous));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION complaint_facts_after_complaint_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM complaint_facts_refresh(array[NEW.id]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_complaint_insert AFTER INSERT ON complaints
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_complaints();
--> statement-breakpoint
-- Every other change of a complaint (its status columns, on each event) leaves its facts as they are.
CREATE TRIGGER complaint_facts_on_complaint_update AFTER UPDATE OF created_at, category_id, branch_id ON complaints
  FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.branch_id IS DISTINCT FROM NEW.branch_id)
  EXECUTE FUNCTION complaint_facts_after_complaint_update();
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_event_insert AFTER INSERT ON complaint_events
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_rows();
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_event_update AFTER UPDATE ON complaint_events
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_row_updates();
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_event_delete AFTER DELETE ON complaint_events
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_rows();
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_rating_insert AFTER INSERT ON complaint_ratings
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_rows();
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_rating_update AFTER UPDATE ON complaint_ratings
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_row_updates();
--> statement-breakpoint
CREATE TRIGGER complaint_facts_on_rating_delete AFTER DELETE ON complaint_ratings
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION complaint_facts_after_rows();
--> statement-breakpoint
-- The backfill: writers wait until the migration commits, so none is missed between the count and the triggers.
LOCK TABLE complaints, complaint_events, complaint_ratings IN SHARE MODE;
--> statement-breakpoint
INSERT INTO complaint_facts (complaint_id, created_at, category_id, branch_id, first_response_at, first_signed_at, first_signed_by, signed_by, resolved_at, resolutions, reopens, sla_breached, ended, open, breached_now, priority, solved, rating, would_stay, last_at)
SELECT complaint_id, created_at, category_id, branch_id, first_response_at, first_signed_at, first_signed_by, signed_by, resolved_at, resolutions, reopens, sla_breached, ended, open, breached_now, priority, solved, rating, would_stay, last_at FROM complaint_facts_at(array(SELECT id FROM complaints), 'infinity');
--> statement-breakpoint
CREATE INDEX "complaint_facts_created_idx" ON "complaint_facts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "complaint_facts_last_idx" ON "complaint_facts" USING btree ("last_at");--> statement-breakpoint
CREATE INDEX "complaint_facts_open_idx" ON "complaint_facts" USING btree ("created_at","breached_now","last_at") WHERE "complaint_facts"."open";--> statement-breakpoint
-- The backlog now reads complaint_facts.open: the status index it was built for has no reader left.
DROP INDEX "complaint_events_status_idx";