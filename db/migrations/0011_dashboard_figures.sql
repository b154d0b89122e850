ALTER TYPE "public"."notification_kind" ADD VALUE 'crisis_alert';--> statement-breakpoint
CREATE TABLE "crisis_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"scope_id" uuid NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"observed" integer NOT NULL,
	"expected" double precision NOT NULL,
	"p_value" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_alerts_scope" CHECK ("crisis_alerts"."scope" in ('category', 'branch'))
);
--> statement-breakpoint
CREATE INDEX "crisis_alerts_scope_idx" ON "crisis_alerts" USING btree ("scope","scope_id","created_at");--> statement-breakpoint
CREATE INDEX "group_members_joined_idx" ON "group_members" USING btree ("joined_at","group_id");--> statement-breakpoint
CREATE INDEX "posts_created_idx" ON "posts" USING btree ("created_at","author_id","thread_id") WHERE "posts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "threads_created_idx" ON "threads" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "complaint_events_figures_idx" ON "complaint_events" USING btree ("complaint_id","created_at","id","kind","visibility","to_status","actor_id","data") WHERE "complaint_events"."kind" in ('official_reply', 'progress_update', 'solution_proposed', 'incident_update', 'created', 'priority_changed', 'solution_rejected', 'reopened', 'sla_breached') or "complaint_events"."to_status" is not null;--> statement-breakpoint
CREATE INDEX "complaint_events_status_idx" ON "complaint_events" USING btree ("complaint_id","created_at","to_status") WHERE "complaint_events"."to_status" is not null;
