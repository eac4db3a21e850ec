-- A short note on a KLIK case (issue 13, point 1: the clinic-day grid).
-- Never kept for the violence desk: a free-text note there would say what the
-- sealed detail protects (decision 0032), so the database refuses one too,
-- like person_name (klik_case_violence_sealed_check).
ALTER TABLE "klik_case" ADD COLUMN "note" VARCHAR(500);

ALTER TABLE "klik_case" ADD CONSTRAINT "klik_case_violence_note_check" CHECK (desk <> 'VIOLENCE' OR note IS NULL);
