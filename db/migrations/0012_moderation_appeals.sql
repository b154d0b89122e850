ALTER TYPE "public"."notification_kind" ADD VALUE 'sanction_lifted' BEFORE 'appeal_decided';--> statement-breakpoint
ALTER TYPE "public"."appeal_status" ADD VALUE 'acknowledged';--> statement-breakpoint
ALTER TABLE "appeals" ALTER COLUMN "action_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "appeals" ADD COLUMN "sanction_id" uuid;--> statement-breakpoint
ALTER TABLE "sanctions" ADD COLUMN "lifted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sanctions" ADD COLUMN "lifted_by" uuid;--> statement-breakpoint
ALTER TABLE "sanctions" ADD COLUMN "lift_note" text;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_sanction_id_sanctions_id_fk" FOREIGN KEY ("sanction_id") REFERENCES "public"."sanctions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_sanction_key" ON "appeals" USING btree ("sanction_id");--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_one_subject" CHECK (("appeals"."action_id" is null) <> ("appeals"."sanction_id" is null));