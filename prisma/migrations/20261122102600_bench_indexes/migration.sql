-- Indexes for the list pages at national scale (docs/decisions/0012-benchmark.md).
-- Each serves a national (unscoped) list's ORDER BY … LIMIT, which otherwise
-- sorts every row in the table for each page view; scoped lists already start
-- from the (province_id, …)/(kabupaten_id, …) indexes.

-- /kader: ORDER BY full_name, id LIMIT 25 (WHERE active): read in index order, stop after a page.
CREATE INDEX "kader_full_name_id_idx" ON "kader"("full_name", "id");

-- /klik: ORDER BY held_on DESC, id DESC LIMIT 20 (scanned backwards).
CREATE INDEX "klik_session_held_on_id_idx" ON "klik_session"("held_on", "id");

-- /kebijakan: ORDER BY updated_at DESC, id DESC LIMIT 20 (scanned backwards).
CREATE INDEX "policy_target_updated_at_id_idx" ON "policy_target"("updated_at", "id");
