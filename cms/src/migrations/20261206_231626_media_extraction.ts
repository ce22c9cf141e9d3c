import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

/** The `extraction` group of media (issue 22): the state and text of each uploaded file, and the `extractText` job. */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_extraction_status" AS ENUM('waiting', 'running', 'done', 'scan-no-text', 'failed', 'not-applicable');
  CREATE TYPE "public"."enum_media_extraction_method" AS ENUM('text-layer', 'ocr', 'mixed', 'docx', 'doc');
  CREATE TYPE "public"."enum_media_extraction_legacy_encoding" AS ENUM('tcvn3', 'vni');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'extractText' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'extractText' BEFORE 'schedulePublish';
  ALTER TABLE "media" ADD COLUMN "extraction_status" "enum_media_extraction_status";
  ALTER TABLE "media" ADD COLUMN "extraction_pages" numeric;
  ALTER TABLE "media" ADD COLUMN "extraction_characters" numeric;
  ALTER TABLE "media" ADD COLUMN "extraction_method" "enum_media_extraction_method";
  ALTER TABLE "media" ADD COLUMN "extraction_legacy_encoding" "enum_media_extraction_legacy_encoding";
  ALTER TABLE "media" ADD COLUMN "extraction_reason" varchar;
  ALTER TABLE "media" ADD COLUMN "extraction_progress" varchar;
  ALTER TABLE "media" ADD COLUMN "extraction_extracted_at" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "extraction_text" varchar;
  ALTER TABLE "media" ADD COLUMN "extraction_text_corrected" boolean;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'eraseExpiredFeedback', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'eraseExpiredFeedback', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "media" DROP COLUMN "extraction_status";
  ALTER TABLE "media" DROP COLUMN "extraction_pages";
  ALTER TABLE "media" DROP COLUMN "extraction_characters";
  ALTER TABLE "media" DROP COLUMN "extraction_method";
  ALTER TABLE "media" DROP COLUMN "extraction_legacy_encoding";
  ALTER TABLE "media" DROP COLUMN "extraction_reason";
  ALTER TABLE "media" DROP COLUMN "extraction_progress";
  ALTER TABLE "media" DROP COLUMN "extraction_extracted_at";
  ALTER TABLE "media" DROP COLUMN "extraction_text";
  ALTER TABLE "media" DROP COLUMN "extraction_text_corrected";
  DROP TYPE "public"."enum_media_extraction_status";
  DROP TYPE "public"."enum_media_extraction_method";
  DROP TYPE "public"."enum_media_extraction_legacy_encoding";`)
}
