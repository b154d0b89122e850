ALTER TABLE "community_settings" ADD COLUMN "welcome_text_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "description_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "complaint_branches" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "complaint_categories" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "response_templates" ADD COLUMN "title_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "response_templates" ADD COLUMN "body_md_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_teams" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;