ALTER TABLE "sanctions" ADD COLUMN "appealable" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- Suspensions and bans set by hand on the members page become the administrative sanctions they now are,
-- so that reinstating such a member is lifting their sanction, as for every other one.
INSERT INTO "sanctions" ("user_id", "kind", "reason", "ends_at", "issued_by", "appealable", "created_at")
SELECT u."id",
  (CASE WHEN u."status" = 'banned' THEN 'ban' ELSE 'suspension' END)::"sanction_kind",
  coalesce(u."status_reason", ''),
  CASE WHEN u."status" = 'banned' THEN NULL ELSE u."status_until" END,
  coalesce(
    (SELECT a."actor_id" FROM "audit_log" a WHERE a."target_type" = 'user' AND a."target_id" = u."id"::text AND a."action" IN ('account.suspend', 'account.ban') ORDER BY a."created_at" DESC LIMIT 1),
    (SELECT m."id" FROM "users" m WHERE m."role" = 'manager' ORDER BY m."created_at" LIMIT 1)
  ),
  false,
  now()
FROM "users" u
WHERE (u."status" = 'banned' OR (u."status" = 'suspended' AND u."status_until" > now()))
  AND NOT EXISTS (
    SELECT 1 FROM "sanctions" s
    WHERE s."user_id" = u."id" AND s."lifted_at" IS NULL AND s."kind" IN ('suspension', 'ban') AND (s."ends_at" IS NULL OR s."ends_at" > now())
  )
  AND EXISTS (SELECT 1 FROM "users" m WHERE m."role" = 'manager');
