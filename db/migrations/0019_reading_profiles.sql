-- A post's text as its readers see it: the sanitized HTML without what it quotes (a quoted post is found
-- once, as itself), tags dropped and the few entities the renderer writes turned back into characters.
-- Search indexes it and search snippets are cut from it, so they never show Markdown symbols.
CREATE OR REPLACE FUNCTION tertulia_post_text(html text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  select replace(replace(replace(replace(replace(
    regexp_replace(
      regexp_replace(
        regexp_replace(html, '<blockquote>.*?</blockquote>', ' ', 'g'),
        '</?(p|br|li|ul|ol|h3|h4|pre|hr|blockquote)\s*/?>', ' ', 'g'),
      '<[^>]*>', '', 'g'),
    '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
$$;--> statement-breakpoint
CREATE TABLE "member_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"avatar_key" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "posts" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('tertulia_es'::regconfig, tertulia_post_text(body_html)) || to_tsvector('tertulia_en'::regconfig, tertulia_post_text(body_html))) STORED;--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;