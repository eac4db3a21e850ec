-- Official geography (issue 12, point 1; docs/decisions/0024-official-geography.md):
-- Kemendagri codes on kecamatan and desa, stored without dots like kabupaten.code.
-- Nullable so that a database filled before the list was loaded still migrates;
-- `npm run geo:load` gives those rows their codes (matched by parent and name).

ALTER TABLE "kecamatan" ADD COLUMN "code" VARCHAR(6);
ALTER TABLE "desa" ADD COLUMN "code" VARCHAR(10);

CREATE UNIQUE INDEX "kecamatan_code_key" ON "kecamatan"("code");
CREATE UNIQUE INDEX "desa_code_key" ON "desa"("code");

ALTER TABLE "kecamatan" ADD CONSTRAINT "kecamatan_code_check" CHECK (code IS NULL OR code ~ '^[0-9]{6}$');
ALTER TABLE "desa" ADD CONSTRAINT "desa_code_check" CHECK (code IS NULL OR code ~ '^[0-9]{10}$');

-- The official list has two desa of the same name in one kecamatan (Kogekotu in
-- 94.03.01, Tounelet Satu in 71.02.11): the code is the identity, the name is not.
DROP INDEX "desa_kecamatan_id_name_key";
CREATE INDEX "desa_kecamatan_id_name_idx" ON "desa"("kecamatan_id", "name");
