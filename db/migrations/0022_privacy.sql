CREATE TYPE "public"."data_export_status" AS ENUM('queued', 'building', 'ready', 'failed');--> statement-breakpoint
CREATE TYPE "public"."erasure_mode" AS ENUM('anonymise', 'delete_content');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'data_export_ready';--> statement-breakpoint
CREATE SEQUENCE "public"."anonymous_member_number" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "blocked_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_id" text,
	"payload" jsonb NOT NULL,
	"blocked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"requested_day" date NOT NULL,
	"status" "data_export_status" DEFAULT 'queued' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"locale" "locale" NOT NULL,
	"file_key" text,
	"bytes" integer,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mode" "erasure_mode" NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"run_after" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"anonymous_number" integer
);
--> statement-breakpoint
CREATE TABLE "privacy_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"blocked_retention_days" integer DEFAULT 1095 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "privacy_settings_single_row" CHECK ("privacy_settings"."id" = 1),
	CONSTRAINT "privacy_settings_retention" CHECK ("privacy_settings"."blocked_retention_days" between 30 and 7300)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_settings" ADD CONSTRAINT "privacy_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blocked_records_subject_idx" ON "blocked_records" USING btree ("subject_id","id");--> statement-breakpoint
CREATE INDEX "blocked_records_blocked_idx" ON "blocked_records" USING btree ("blocked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "data_exports_one_a_day" ON "data_exports" USING btree ("user_id","requested_day");--> statement-breakpoint
CREATE INDEX "data_exports_user_idx" ON "data_exports" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "data_exports_due_idx" ON "data_exports" USING btree ("created_at") WHERE "data_exports"."status" in ('queued', 'building');--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_one_open" ON "erasure_requests" USING btree ("user_id") WHERE "erasure_requests"."cancelled_at" is null and "erasure_requests"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "erasure_requests_due_idx" ON "erasure_requests" USING btree ("run_after") WHERE "erasure_requests"."cancelled_at" is null and "erasure_requests"."completed_at" is null;