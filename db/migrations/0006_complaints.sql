CREATE TYPE "public"."complaint_close_reason" AS ENUM('duplicate', 'not_actionable', 'withdrawn', 'no_response');--> statement-breakpoint
CREATE TYPE "public"."complaint_event_kind" AS ENUM('created', 'official_reply', 'comment', 'status_changed', 'progress_update', 'solution_proposed', 'solution_accepted', 'solution_rejected', 'closed', 'reopened', 'assigned', 'priority_changed', 'note', 'private_message', 'continued_privately', 'me_too', 'redacted', 'rated', 'incident_linked', 'incident_update', 'sla_breached');--> statement-breakpoint
CREATE TYPE "public"."complaint_status" AS ENUM('open', 'acknowledged', 'in_progress', 'solution_proposed', 'resolved', 'closed');--> statement-breakpoint
CREATE TYPE "public"."complaint_event_visibility" AS ENUM('public', 'private', 'internal');--> statement-breakpoint
CREATE TYPE "public"."incident_type" AS ENUM('institutional', 'technical', 'commercial');--> statement-breakpoint
CREATE TYPE "public"."complaint_priority" AS ENUM('urgent', 'high', 'normal', 'low');--> statement-breakpoint
CREATE TABLE "complaint_branches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" "complaint_event_kind" NOT NULL,
	"visibility" "complaint_event_visibility" DEFAULT 'public' NOT NULL,
	"actor_id" uuid,
	"body_md" text,
	"body_html" text,
	"from_status" "complaint_status",
	"to_status" "complaint_status",
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text
);
--> statement-breakpoint
CREATE TABLE "complaint_followers" (
	"complaint_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_followers_complaint_id_user_id_pk" PRIMARY KEY("complaint_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_me_too" (
	"complaint_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_me_too_complaint_id_user_id_pk" PRIMARY KEY("complaint_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"event_id" integer,
	"storage_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_ratings" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"solved" boolean NOT NULL,
	"rating" smallint NOT NULL,
	"would_stay" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_ratings_rating" CHECK ("complaint_ratings"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"author_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body_md" text NOT NULL,
	"body_html" text NOT NULL,
	"category_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"priority" "complaint_priority" DEFAULT 'normal' NOT NULL,
	"status" "complaint_status" DEFAULT 'open' NOT NULL,
	"close_reason" "complaint_close_reason",
	"duplicate_of_id" uuid,
	"assignee_id" uuid,
	"incident_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_response_at" timestamp with time zone,
	"last_staff_update_at" timestamp with time zone,
	"solution_proposed_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"next_due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"me_too_count" integer DEFAULT 0 NOT NULL,
	"follower_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"continued_privately" boolean DEFAULT false NOT NULL,
	"idempotency_key" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('tertulia_es'::regconfig, title || ' ' || body_md) || to_tsvector('tertulia_en'::regconfig, title || ' ' || body_md)) STORED
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"type" "incident_type" NOT NULL,
	"level" smallint NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "incidents_level" CHECK ("incidents"."level" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "response_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body_md" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"priority" "complaint_priority" PRIMARY KEY NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"update_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_settings" ADD COLUMN "confirmation_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_followers" ADD CONSTRAINT "complaint_followers_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_followers" ADD CONSTRAINT "complaint_followers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_me_too" ADD CONSTRAINT "complaint_me_too_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_me_too" ADD CONSTRAINT "complaint_me_too_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_photos" ADD CONSTRAINT "complaint_photos_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_ratings" ADD CONSTRAINT "complaint_ratings_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_category_id_complaint_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."complaint_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_branch_id_complaint_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."complaint_branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_templates" ADD CONSTRAINT "response_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_events_timeline_idx" ON "complaint_events" USING btree ("complaint_id","id");--> statement-breakpoint
CREATE INDEX "complaint_events_kind_idx" ON "complaint_events" USING btree ("kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_events_idempotency_key" ON "complaint_events" USING btree ("actor_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "complaint_followers_user_idx" ON "complaint_followers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "complaint_me_too_user_idx" ON "complaint_me_too" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "complaint_photos_complaint_idx" ON "complaint_photos" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_ratings_created_idx" ON "complaint_ratings" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_number_key" ON "complaints" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_idempotency_key" ON "complaints" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "complaints_board_idx" ON "complaints" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "complaints_metoo_idx" ON "complaints" USING btree ("me_too_count" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "complaints_author_idx" ON "complaints" USING btree ("author_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "complaints_assignee_idx" ON "complaints" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "complaints_due_idx" ON "complaints" USING btree ("next_due_at") WHERE "complaints"."status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "complaints_solution_idx" ON "complaints" USING btree ("solution_proposed_at") WHERE "complaints"."status" = 'solution_proposed';--> statement-breakpoint
CREATE INDEX "complaints_category_idx" ON "complaints" USING btree ("category_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "complaints_branch_idx" ON "complaints" USING btree ("branch_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "complaints_incident_idx" ON "complaints" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "complaints_search_idx" ON "complaints" USING gin ("search_vector");