-- Every community starts with sensible answer times per priority; the manager can change them.
INSERT INTO "sla_policies" ("priority", "first_response_minutes", "update_minutes", "resolution_minutes") VALUES
  ('urgent', 60, 240, 1440),
  ('high', 240, 1440, 4320),
  ('normal', 1440, 4320, 10080),
  ('low', 4320, 10080, 43200)
ON CONFLICT ("priority") DO NOTHING;
