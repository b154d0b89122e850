CREATE TYPE "public"."roster_import_status" AS ENUM('draft', 'queued', 'running', 'done');--> statement-breakpoint
CREATE TABLE "roster_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"membership_number" text,
	"display_name" text NOT NULL,
	"locale" "locale",
	"role" "role" DEFAULT 'member' NOT NULL,
	"staff_title" text,
	"group_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"member_since" date,
	"birth_date" date,
	"user_id" uuid,
	"invitation_id" uuid,
	"created_import_id" uuid,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid NOT NULL,
	"status" "roster_import_status" DEFAULT 'draft' NOT NULL,
	"file_name" text NOT NULL,
	"separator" text NOT NULL,
	"encoding" text NOT NULL,
	"header" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"refusals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_created_import_id_roster_imports_id_fk" FOREIGN KEY ("created_import_id") REFERENCES "public"."roster_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_import_id_roster_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."roster_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_imports" ADD CONSTRAINT "roster_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_entries_email_key" ON "roster_entries" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "roster_entries_number_key" ON "roster_entries" USING btree ("membership_number") WHERE "roster_entries"."membership_number" is not null;--> statement-breakpoint
CREATE INDEX "roster_entries_user_idx" ON "roster_entries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "roster_entries_created_import_idx" ON "roster_entries" USING btree ("created_import_id");--> statement-breakpoint
CREATE INDEX "roster_imports_status_idx" ON "roster_imports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "roster_imports_created_idx" ON "roster_imports" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "users_membership_number_idx" ON "users" USING btree ("membership_number");