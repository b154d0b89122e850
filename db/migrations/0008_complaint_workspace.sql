ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_reply';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_status';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_progress';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_solution';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_rating_request';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_incident_update';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_new';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_assigned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_sla_warning';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'complaint_sla_breached';--> statement-breakpoint
CREATE TABLE "staff_team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "staff_team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "staff_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "complaint_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "complaint_event_id" bigint;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "assignee_team_id" uuid;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "sla_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "waiting_since" timestamp with time zone GENERATED ALWAYS AS (case when status in ('open', 'acknowledged', 'in_progress') then coalesce(last_staff_update_at, first_response_at, created_at) end) STORED;--> statement-breakpoint
ALTER TABLE "staff_team_members" ADD CONSTRAINT "staff_team_members_team_id_staff_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."staff_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_team_members" ADD CONSTRAINT "staff_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_team_members_user_idx" ON "staff_team_members" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_assignee_team_id_staff_teams_id_fk" FOREIGN KEY ("assignee_team_id") REFERENCES "public"."staff_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_team_idx" ON "complaints" USING btree ("assignee_team_id","status");--> statement-breakpoint
CREATE INDEX "complaints_waiting_idx" ON "complaints" USING btree ("waiting_since","id") WHERE "complaints"."waiting_since" is not null;