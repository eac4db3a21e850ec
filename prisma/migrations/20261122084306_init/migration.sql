-- CreateEnum
CREATE TYPE "KabupatenKind" AS ENUM ('KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "DesaKind" AS ENUM ('DESA', 'KELURAHAN');

-- CreateEnum
CREATE TYPE "KaderPosition" AS ENUM ('KADER', 'KETUA', 'SEKRETARIS', 'BENDAHARA', 'PENGURUS');

-- CreateEnum
CREATE TYPE "TrainingLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'LOCAL');

-- CreateEnum
CREATE TYPE "TrainingClassKind" AS ENUM ('LEADERSHIP_TOT', 'IMPLEMENTATION');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('PARTICIPANT', 'FACILITATOR', 'RESOURCE_PERSON');

-- CreateEnum
CREATE TYPE "RktlStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RktlTargetKind" AS ENUM ('KLIK_SESSION', 'SOCIALISATION', 'ADVOCACY', 'FPK_MEETING', 'RETRAINING', 'JKN_ENROLMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "KlikDesk" AS ENUM ('REGISTRATION', 'SOCIAL_PROTECTION', 'LEGAL_IDENTITY', 'VIOLENCE');

-- CreateEnum
CREATE TYPE "KlikCaseStatus" AS ENUM ('RECEIVED', 'REFERRED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PolicyLevel" AS ENUM ('DESA', 'KABUPATEN', 'PROVINSI');

-- CreateEnum
CREATE TYPE "PolicyType" AS ENUM ('PERDES', 'PERDA', 'PERBUP', 'PERWALI', 'SK', 'OTHER');

-- CreateEnum
CREATE TYPE "PolicyTopic" AS ENUM ('JKN', 'SOCIAL_PROTECTION', 'LEGAL_IDENTITY', 'VIOLENCE', 'BUDGET', 'FPK');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('IDENTIFIED', 'ADVOCACY', 'DRAFTING', 'DELIBERATION', 'ENACTED', 'DROPPED');

-- CreateEnum
CREATE TYPE "GuideTopic" AS ENUM ('JKN', 'FPK', 'POLICY_ADVOCACY', 'BUDGET_ADVOCACY', 'KLIK', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'NATIONAL_STAFF', 'DIRECTOR', 'PROVINCE_COORDINATOR', 'DISTRICT_STAFF');

-- CreateTable
CREATE TABLE "province" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kabupaten" (
    "id" SERIAL NOT NULL,
    "province_id" INTEGER NOT NULL,
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "KabupatenKind" NOT NULL,
    "is_program_area" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "kabupaten_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kecamatan" (
    "id" SERIAL NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "kecamatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "desa" (
    "id" SERIAL NOT NULL,
    "kecamatan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DesaKind" NOT NULL DEFAULT 'DESA',

    CONSTRAINT "desa_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "serikat" (
    "id" SERIAL NOT NULL,
    "province_id" INTEGER NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "founded_year" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "serikat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kader" (
    "id" SERIAL NOT NULL,
    "full_name" TEXT NOT NULL,
    "position" "KaderPosition" NOT NULL DEFAULT 'KADER',
    "phone" TEXT,
    "birth_year" INTEGER,
    "joined_year" INTEGER,
    "serikat_id" INTEGER NOT NULL,
    "desa_id" INTEGER NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "province_id" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training" (
    "id" SERIAL NOT NULL,
    "level" "TrainingLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "province_id" INTEGER,
    "kabupaten_id" INTEGER,
    "parent_training_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_class" (
    "id" SERIAL NOT NULL,
    "training_id" INTEGER NOT NULL,
    "kind" "TrainingClassKind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "training_class_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participation" (
    "id" SERIAL NOT NULL,
    "class_id" INTEGER NOT NULL,
    "kader_id" INTEGER NOT NULL,
    "role" "ParticipationRole" NOT NULL DEFAULT 'PARTICIPANT',
    "completed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participation_attendance" (
    "participation_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "participation_attendance_pkey" PRIMARY KEY ("participation_id","day")
);

-- CreateTable
CREATE TABLE "rktl_plan" (
    "id" SERIAL NOT NULL,
    "province_id" INTEGER NOT NULL,
    "training_id" INTEGER NOT NULL,
    "window_start" DATE NOT NULL,
    "window_end" DATE NOT NULL,
    "status" "RktlStatus" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT,
    "submitted_at" TIMESTAMP(3),
    "approved_at" TIMESTAMP(3),
    "approved_by_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rktl_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rktl_target" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "activity" TEXT NOT NULL,
    "kind" "RktlTargetKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "responsible" TEXT NOT NULL,
    "planned_month" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rktl_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rktl_realisation" (
    "id" SERIAL NOT NULL,
    "target_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "achieved" INTEGER NOT NULL,
    "note" TEXT,
    "behind_reason" TEXT,
    "recorded_by_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rktl_realisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "klik_session" (
    "id" SERIAL NOT NULL,
    "desa_id" INTEGER NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "province_id" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "officers" TEXT NOT NULL,
    "notes" TEXT,
    "created_by_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "klik_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "klik_case" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "province_id" INTEGER NOT NULL,
    "desk" "KlikDesk" NOT NULL,
    "issue_type" TEXT NOT NULL,
    "person_name" TEXT,
    "status" "KlikCaseStatus" NOT NULL DEFAULT 'RECEIVED',
    "referral_institution" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "klik_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "violence_case_detail" (
    "case_id" INTEGER NOT NULL,
    "complainant_name" TEXT NOT NULL,
    "complainant_contact" TEXT,
    "narrative" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "violence_case_detail_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "klik_follow_up" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "by_user_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "klik_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_target" (
    "id" SERIAL NOT NULL,
    "level" "PolicyLevel" NOT NULL,
    "type" "PolicyType" NOT NULL,
    "topic" "PolicyTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "province_id" INTEGER NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "desa_id" INTEGER,
    "status" "PolicyStatus" NOT NULL DEFAULT 'IDENTIFIED',
    "number" TEXT,
    "enacted_on" DATE,
    "budget_amount" BIGINT,
    "evidence_file_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "policy_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_status_change" (
    "id" SERIAL NOT NULL,
    "policy_id" INTEGER NOT NULL,
    "from_status" "PolicyStatus",
    "to_status" "PolicyStatus" NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by_id" INTEGER,
    "note" TEXT,

    CONSTRAINT "policy_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_file" (
    "id" SERIAL NOT NULL,
    "original_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guide" (
    "id" SERIAL NOT NULL,
    "topic" "GuideTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guide_version" (
    "id" SERIAL NOT NULL,
    "guide_id" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "notes" TEXT,
    "file_id" INTEGER,

    CONSTRAINT "guide_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_guide" (
    "training_id" INTEGER NOT NULL,
    "guide_version_id" INTEGER NOT NULL,

    CONSTRAINT "training_guide_pkey" PRIMARY KEY ("training_id","guide_version_id")
);

-- CreateTable
CREATE TABLE "fpk_meeting" (
    "id" SERIAL NOT NULL,
    "province_id" INTEGER NOT NULL,
    "kabupaten_id" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "agenda" TEXT NOT NULL,
    "agreements" TEXT,
    "follow_ups" TEXT,
    "budget_amount" BIGINT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fpk_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fpk_participant" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "institution" TEXT NOT NULL,
    "person_count" INTEGER NOT NULL,

    CONSTRAINT "fpk_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_indicator" (
    "id" SERIAL NOT NULL,
    "direction" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target" INTEGER NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,

    CONSTRAINT "program_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "province_id" INTEGER,
    "kabupaten_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "can_view_violence_details" BOOLEAN NOT NULL DEFAULT false,
    "can_export_violence_details" BOOLEAN NOT NULL DEFAULT false,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'id',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limiter" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "rate_limiter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "province_code_key" ON "province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "province_name_key" ON "province"("name");

-- CreateIndex
CREATE UNIQUE INDEX "province_slug_key" ON "province"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "kabupaten_code_key" ON "kabupaten"("code");

-- CreateIndex
CREATE INDEX "kabupaten_province_id_idx" ON "kabupaten"("province_id");

-- CreateIndex
CREATE UNIQUE INDEX "kabupaten_province_id_kind_name_key" ON "kabupaten"("province_id", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "kecamatan_kabupaten_id_name_key" ON "kecamatan"("kabupaten_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "desa_kecamatan_id_name_key" ON "desa"("kecamatan_id", "name");

-- CreateIndex
CREATE INDEX "serikat_province_id_active_idx" ON "serikat"("province_id", "active");

-- CreateIndex
CREATE UNIQUE INDEX "serikat_kabupaten_id_name_key" ON "serikat"("kabupaten_id", "name");

-- CreateIndex
CREATE INDEX "kader_province_id_active_idx" ON "kader"("province_id", "active");

-- CreateIndex
CREATE INDEX "kader_kabupaten_id_active_idx" ON "kader"("kabupaten_id", "active");

-- CreateIndex
CREATE INDEX "kader_serikat_id_idx" ON "kader"("serikat_id");

-- CreateIndex
CREATE UNIQUE INDEX "kader_desa_id_full_name_key" ON "kader"("desa_id", "full_name");

-- CreateIndex
CREATE INDEX "training_parent_training_id_idx" ON "training"("parent_training_id");

-- CreateIndex
CREATE INDEX "training_province_id_start_date_idx" ON "training"("province_id", "start_date");

-- CreateIndex
CREATE INDEX "training_start_date_idx" ON "training"("start_date");

-- CreateIndex
CREATE UNIQUE INDEX "training_class_training_id_kind_key" ON "training_class"("training_id", "kind");

-- CreateIndex
CREATE INDEX "participation_kader_id_idx" ON "participation"("kader_id");

-- CreateIndex
CREATE UNIQUE INDEX "participation_class_id_kader_id_key" ON "participation"("class_id", "kader_id");

-- CreateIndex
CREATE INDEX "rktl_plan_province_id_status_idx" ON "rktl_plan"("province_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "rktl_plan_province_id_training_id_key" ON "rktl_plan"("province_id", "training_id");

-- CreateIndex
CREATE INDEX "rktl_target_plan_id_idx" ON "rktl_target"("plan_id");

-- CreateIndex
CREATE INDEX "rktl_target_kabupaten_id_idx" ON "rktl_target"("kabupaten_id");

-- CreateIndex
CREATE UNIQUE INDEX "rktl_realisation_target_id_month_key" ON "rktl_realisation"("target_id", "month");

-- CreateIndex
CREATE INDEX "klik_session_province_id_held_on_idx" ON "klik_session"("province_id", "held_on");

-- CreateIndex
CREATE INDEX "klik_session_kabupaten_id_held_on_idx" ON "klik_session"("kabupaten_id", "held_on");

-- CreateIndex
CREATE INDEX "klik_case_session_id_idx" ON "klik_case"("session_id");

-- CreateIndex
CREATE INDEX "klik_case_province_id_desk_status_idx" ON "klik_case"("province_id", "desk", "status");

-- CreateIndex
CREATE INDEX "klik_case_kabupaten_id_desk_idx" ON "klik_case"("kabupaten_id", "desk");

-- CreateIndex
CREATE INDEX "klik_follow_up_case_id_idx" ON "klik_follow_up"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "policy_target_evidence_file_id_key" ON "policy_target"("evidence_file_id");

-- CreateIndex
CREATE INDEX "policy_target_province_id_status_idx" ON "policy_target"("province_id", "status");

-- CreateIndex
CREATE INDEX "policy_target_kabupaten_id_status_idx" ON "policy_target"("kabupaten_id", "status");

-- CreateIndex
CREATE INDEX "policy_target_status_enacted_on_idx" ON "policy_target"("status", "enacted_on");

-- CreateIndex
CREATE INDEX "policy_status_change_policy_id_changed_at_idx" ON "policy_status_change"("policy_id", "changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "guide_title_key" ON "guide"("title");

-- CreateIndex
CREATE UNIQUE INDEX "guide_version_file_id_key" ON "guide_version"("file_id");

-- CreateIndex
CREATE UNIQUE INDEX "guide_version_guide_id_version_key" ON "guide_version"("guide_id", "version");

-- CreateIndex
CREATE INDEX "fpk_meeting_province_id_held_on_idx" ON "fpk_meeting"("province_id", "held_on");

-- CreateIndex
CREATE INDEX "fpk_meeting_kabupaten_id_held_on_idx" ON "fpk_meeting"("kabupaten_id", "held_on");

-- CreateIndex
CREATE UNIQUE INDEX "fpk_participant_meeting_id_institution_key" ON "fpk_participant"("meeting_id", "institution");

-- CreateIndex
CREATE UNIQUE INDEX "program_indicator_code_key" ON "program_indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "app_user_province_id_idx" ON "app_user"("province_id");

-- CreateIndex
CREATE INDEX "app_user_kabupaten_id_idx" ON "app_user"("kabupaten_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_user_id_at_idx" ON "audit_log"("user_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- AddForeignKey
ALTER TABLE "kabupaten" ADD CONSTRAINT "kabupaten_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kecamatan" ADD CONSTRAINT "kecamatan_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "desa" ADD CONSTRAINT "desa_kecamatan_id_fkey" FOREIGN KEY ("kecamatan_id") REFERENCES "kecamatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serikat" ADD CONSTRAINT "serikat_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serikat" ADD CONSTRAINT "serikat_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kader" ADD CONSTRAINT "kader_serikat_id_fkey" FOREIGN KEY ("serikat_id") REFERENCES "serikat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kader" ADD CONSTRAINT "kader_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kader" ADD CONSTRAINT "kader_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kader" ADD CONSTRAINT "kader_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_parent_training_id_fkey" FOREIGN KEY ("parent_training_id") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_class" ADD CONSTRAINT "training_class_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "training_class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_kader_id_fkey" FOREIGN KEY ("kader_id") REFERENCES "kader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation_attendance" ADD CONSTRAINT "participation_attendance_participation_id_fkey" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_plan" ADD CONSTRAINT "rktl_plan_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_plan" ADD CONSTRAINT "rktl_plan_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_plan" ADD CONSTRAINT "rktl_plan_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_target" ADD CONSTRAINT "rktl_target_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "rktl_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_target" ADD CONSTRAINT "rktl_target_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_realisation" ADD CONSTRAINT "rktl_realisation_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "rktl_target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rktl_realisation" ADD CONSTRAINT "rktl_realisation_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_session" ADD CONSTRAINT "klik_session_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_session" ADD CONSTRAINT "klik_session_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_session" ADD CONSTRAINT "klik_session_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_session" ADD CONSTRAINT "klik_session_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_case" ADD CONSTRAINT "klik_case_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "klik_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_case" ADD CONSTRAINT "klik_case_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_case" ADD CONSTRAINT "klik_case_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "violence_case_detail" ADD CONSTRAINT "violence_case_detail_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "klik_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_follow_up" ADD CONSTRAINT "klik_follow_up_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "klik_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "klik_follow_up" ADD CONSTRAINT "klik_follow_up_by_user_id_fkey" FOREIGN KEY ("by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_evidence_file_id_fkey" FOREIGN KEY ("evidence_file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_status_change" ADD CONSTRAINT "policy_status_change_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy_target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_status_change" ADD CONSTRAINT "policy_status_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guide_version" ADD CONSTRAINT "guide_version_guide_id_fkey" FOREIGN KEY ("guide_id") REFERENCES "guide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guide_version" ADD CONSTRAINT "guide_version_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_guide" ADD CONSTRAINT "training_guide_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_guide" ADD CONSTRAINT "training_guide_guide_version_id_fkey" FOREIGN KEY ("guide_version_id") REFERENCES "guide_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fpk_meeting" ADD CONSTRAINT "fpk_meeting_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fpk_meeting" ADD CONSTRAINT "fpk_meeting_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fpk_participant" ADD CONSTRAINT "fpk_participant_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "fpk_meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── Constraints Prisma's schema language cannot express ─────────────
-- (docs/decisions/0003-database-constraints.md)

-- Role scope: coordinators have a province, district staff a kabupaten, national roles neither.
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_scope_check" CHECK (
  (role IN ('ADMIN', 'NATIONAL_STAFF', 'DIRECTOR') AND province_id IS NULL AND kabupaten_id IS NULL)
  OR (role = 'PROVINCE_COORDINATOR' AND province_id IS NOT NULL AND kabupaten_id IS NULL)
  OR (role = 'DISTRICT_STAFF' AND province_id IS NOT NULL AND kabupaten_id IS NOT NULL)
);
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_email_lower_check" CHECK (email = lower(email));
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_locale_check" CHECK (locale IN ('id', 'en'));

ALTER TABLE "kader" ADD CONSTRAINT "kader_years_check" CHECK (
  (birth_year IS NULL OR birth_year BETWEEN 1920 AND 2015)
  AND (joined_year IS NULL OR joined_year BETWEEN 1990 AND 2100)
);
ALTER TABLE "serikat" ADD CONSTRAINT "serikat_founded_year_check" CHECK (founded_year IS NULL OR founded_year BETWEEN 1990 AND 2100);

ALTER TABLE "training" ADD CONSTRAINT "training_dates_check" CHECK (end_date >= start_date);
ALTER TABLE "training" ADD CONSTRAINT "training_level_scope_check" CHECK (
  (level = 'NATIONAL' AND province_id IS NULL AND kabupaten_id IS NULL)
  OR (level = 'PROVINCIAL' AND province_id IS NOT NULL)
  OR (level = 'LOCAL' AND province_id IS NOT NULL AND kabupaten_id IS NOT NULL)
);
ALTER TABLE "training" ADD CONSTRAINT "training_parent_not_self_check" CHECK (parent_training_id IS NULL OR parent_training_id <> id);

-- RKTL: a window is six calendar months, stored as first day of first and last month.
ALTER TABLE "rktl_plan" ADD CONSTRAINT "rktl_plan_window_check" CHECK (
  window_start = date_trunc('month', window_start)::date
  AND window_end = (window_start + interval '5 months')::date
);
ALTER TABLE "rktl_target" ADD CONSTRAINT "rktl_target_quantity_check" CHECK (quantity > 0);
ALTER TABLE "rktl_target" ADD CONSTRAINT "rktl_target_month_check" CHECK (planned_month = date_trunc('month', planned_month)::date);
ALTER TABLE "rktl_realisation" ADD CONSTRAINT "rktl_realisation_achieved_check" CHECK (achieved >= 0);
ALTER TABLE "rktl_realisation" ADD CONSTRAINT "rktl_realisation_month_check" CHECK (month = date_trunc('month', month)::date);

-- KLIK: a violence complainant's identity never sits in the open table.
ALTER TABLE "klik_case" ADD CONSTRAINT "klik_case_violence_sealed_check" CHECK (desk <> 'VIOLENCE' OR person_name IS NULL);

-- Policy: enacted means number, date and written evidence.
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_enacted_evidence_check" CHECK (
  status <> 'ENACTED' OR (number IS NOT NULL AND enacted_on IS NOT NULL AND evidence_file_id IS NOT NULL)
);
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_desa_level_check" CHECK (level <> 'DESA' OR desa_id IS NOT NULL);
ALTER TABLE "policy_target" ADD CONSTRAINT "policy_target_budget_check" CHECK (budget_amount IS NULL OR budget_amount >= 0);

ALTER TABLE "fpk_meeting" ADD CONSTRAINT "fpk_meeting_budget_check" CHECK (budget_amount IS NULL OR budget_amount >= 0);
ALTER TABLE "fpk_participant" ADD CONSTRAINT "fpk_participant_count_check" CHECK (person_count > 0);
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_size_check" CHECK (size_bytes > 0 AND size_bytes = octet_length(data));
ALTER TABLE "program_indicator" ADD CONSTRAINT "program_indicator_check" CHECK (
  direction BETWEEN 1 AND 3 AND target >= 0 AND period_end >= period_start
);
