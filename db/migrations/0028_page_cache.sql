CREATE TABLE "stored_files" (
	"key" text PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
-- Page cache (docs/decisions/0010-page-cache.md): every change to what the shared pages show is
-- announced at commit on the channel `tertulia_cache` as the tags it makes stale, in every process.
-- One NOTIFY per statement (PostgreSQL folds repeats within a transaction); too many tags become `*`.
CREATE FUNCTION tertulia_cache_announce(tags text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF tags IS NULL OR tags = '' THEN RETURN; END IF;
  IF length(tags) > 7000 THEN tags := '*'; END IF;
  PERFORM pg_notify('tertulia_cache', tags);
END $$;
--> statement-breakpoint
-- TG_ARGV[0]: an SQL expression over a changed row `r` naming its tag (a constant for whole-list tags).
CREATE FUNCTION tertulia_cache_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tags text;
  source text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows' WHEN 'DELETE' THEN 'SELECT * FROM old_rows' ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
BEGIN
  EXECUTE format('SELECT string_agg(DISTINCT t, '','') FROM (SELECT %s AS t FROM (%s) r) s', TG_ARGV[0], source) INTO tags;
  PERFORM tertulia_cache_announce(tags);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An account: any column but "last seen" (written every few minutes per member) names `user:<id>`;
-- a changed name, role or staff title also `people` (shown next to posts and timeline entries).
CREATE FUNCTION tertulia_cache_users() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE tags text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT string_agg('user:' || o.id, ',') || ',people' INTO tags FROM old_rows o;
  ELSE
    SELECT string_agg(DISTINCT t, ',') INTO tags FROM (
      SELECT 'user:' || n.id AS t FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (to_jsonb(n) - 'last_seen_at') IS DISTINCT FROM (to_jsonb(o) - 'last_seen_at')
      UNION ALL
      SELECT 'people' FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.display_name, n.role, n.staff_title) IS DISTINCT FROM (o.display_name, o.role, o.staff_title)
    ) s;
  END IF;
  PERFORM tertulia_cache_announce(tags);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_users_update AFTER UPDATE ON users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_users();
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_users_delete AFTER DELETE ON users REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_users();
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_community_settings_insert AFTER INSERT ON community_settings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''brand''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_community_settings_update AFTER UPDATE ON community_settings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''brand''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_community_settings_delete AFTER DELETE ON community_settings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''brand''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_member_profiles_insert AFTER INSERT ON member_profiles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''people''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_member_profiles_update AFTER UPDATE ON member_profiles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''people''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_member_profiles_delete AFTER DELETE ON member_profiles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''people''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_posts_insert AFTER INSERT ON posts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || r.thread_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_posts_update AFTER UPDATE ON posts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || r.thread_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_posts_delete AFTER DELETE ON posts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || r.thread_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_post_reactions_insert AFTER INSERT ON post_reactions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || (SELECT p.thread_id FROM posts p WHERE p.id = r.post_id)');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_post_reactions_update AFTER UPDATE ON post_reactions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || (SELECT p.thread_id FROM posts p WHERE p.id = r.post_id)');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_post_reactions_delete AFTER DELETE ON post_reactions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || (SELECT p.thread_id FROM posts p WHERE p.id = r.post_id)');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_attachments_insert AFTER INSERT ON attachments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || (SELECT p.thread_id FROM posts p WHERE p.id = r.post_id)');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_attachments_update AFTER UPDATE ON attachments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || (SELECT p.thread_id FROM posts p WHERE p.id = r.post_id)');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_attachments_delete AFTER DELETE ON attachments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''thread:'' || (SELECT p.thread_id FROM posts p WHERE p.id = r.post_id)');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaints_insert AFTER INSERT ON complaints REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''board''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaints_update AFTER UPDATE ON complaints REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''board''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaints_delete AFTER DELETE ON complaints REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''board''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_events_insert AFTER INSERT ON complaint_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''complaint:'' || r.complaint_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_events_update AFTER UPDATE ON complaint_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''complaint:'' || r.complaint_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_events_delete AFTER DELETE ON complaint_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''complaint:'' || r.complaint_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_photos_insert AFTER INSERT ON complaint_photos REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''complaint:'' || r.complaint_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_photos_update AFTER UPDATE ON complaint_photos REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''complaint:'' || r.complaint_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_photos_delete AFTER DELETE ON complaint_photos REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''complaint:'' || r.complaint_id');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_categories_insert AFTER INSERT ON complaint_categories REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''options''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_categories_update AFTER UPDATE ON complaint_categories REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''options''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_categories_delete AFTER DELETE ON complaint_categories REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''options''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_branches_insert AFTER INSERT ON complaint_branches REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''options''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_branches_update AFTER UPDATE ON complaint_branches REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''options''');
--> statement-breakpoint
CREATE TRIGGER tertulia_cache_complaint_branches_delete AFTER DELETE ON complaint_branches REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tertulia_cache_rows('''options''');
