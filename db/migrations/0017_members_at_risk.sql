CREATE TYPE "public"."member_value_band" AS ENUM('family', 'premium', 'corporate');--> statement-breakpoint
CREATE TYPE "public"."follow_up_channel" AS ENUM('call', 'email', 'in_person', 'private_message');--> statement-breakpoint
CREATE TYPE "public"."follow_up_event_kind" AS ENUM('opened', 'logged', 'closed', 'breached');--> statement-breakpoint
CREATE TYPE "public"."follow_up_outcome" AS ENUM('stayed', 'left', 'no_contact', 'not_needed');--> statement-breakpoint
CREATE TYPE "public"."risk_level" AS ENUM('none', 'watch', 'high');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'at_risk_high';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'follow_up_assigned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'follow_up_breached';--> statement-breakpoint
CREATE TABLE "follow_up_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"kind" "follow_up_event_kind" NOT NULL,
	"actor_id" uuid,
	"channel" "follow_up_channel",
	"note" text,
	"outcome" "follow_up_outcome",
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"opened_by" uuid NOT NULL,
	"channel" "follow_up_channel" NOT NULL,
	"complaint_id" uuid,
	"branch_id" uuid,
	"signal_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"first_contact_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"outcome" "follow_up_outcome",
	"idempotency_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_risk" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"level" "risk_level" NOT NULL,
	"reasons" jsonb NOT NULL,
	"since" timestamp with time zone,
	"waiting_since" timestamp with time zone,
	"branch_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"category_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"staff_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_risk_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"from_level" "risk_level" NOT NULL,
	"to_level" "risk_level" NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "member_since" date;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "value_band" "member_value_band";--> statement-breakpoint
ALTER TABLE "follow_up_events" ADD CONSTRAINT "follow_up_events_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_events" ADD CONSTRAINT "follow_up_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_branch_id_complaint_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."complaint_branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_risk" ADD CONSTRAINT "member_risk_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_risk_changes" ADD CONSTRAINT "member_risk_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_events_follow_up_idx" ON "follow_up_events" USING btree ("follow_up_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_events_idempotency_key" ON "follow_up_events" USING btree ("actor_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_one_open" ON "follow_ups" USING btree ("member_id") WHERE "follow_ups"."closed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_idempotency_key" ON "follow_ups" USING btree ("opened_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "follow_ups_member_idx" ON "follow_ups" USING btree ("member_id","opened_at");--> statement-breakpoint
CREATE INDEX "follow_ups_due_idx" ON "follow_ups" USING btree ("due_at") WHERE "follow_ups"."closed_at" is null and "follow_ups"."breached_at" is null;--> statement-breakpoint
CREATE INDEX "follow_ups_closed_idx" ON "follow_ups" USING btree ("closed_at") WHERE "follow_ups"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX "member_risk_level_idx" ON "member_risk" USING btree ("level") WHERE "member_risk"."level" <> 'none';--> statement-breakpoint
CREATE INDEX "member_risk_changes_user_idx" ON "member_risk_changes" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "member_risk_changes_created_idx" ON "member_risk_changes" USING btree ("created_at");