import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_history_event" AS ENUM('status', 'erasure');
  CREATE TYPE "public"."enum_feedback_history_status" AS ENUM('moi', 'dang-xu-ly', 'da-tra-loi', 'chuyen-co-quan-khac', 'khong-xu-ly');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('gop-y', 'phan-anh', 'kien-nghi', 'hoi-dap');
  CREATE TYPE "public"."enum_questions_kind" AS ENUM('gop-y', 'phan-anh', 'kien-nghi', 'hoi-dap');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__questions_v_version_kind" AS ENUM('gop-y', 'phan-anh', 'kien-nghi', 'hoi-dap');
  CREATE TYPE "public"."enum__questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__questions_v_published_locale" AS ENUM('vi', 'en');
  ALTER TYPE "public"."enum_feedback_status" ADD VALUE 'chuyen-co-quan-khac';
  ALTER TYPE "public"."enum_feedback_status" ADD VALUE 'khong-xu-ly';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eraseExpiredFeedback' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eraseExpiredFeedback' BEFORE 'schedulePublish';
  CREATE TABLE "feedback_internal_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "feedback_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"event" "enum_feedback_history_event" DEFAULT 'status',
  	"status" "enum_feedback_history_status",
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_questions_kind" DEFAULT 'hoi-dap',
  	"answered_date" timestamp(3) with time zone,
  	"procedure_id" integer,
  	"source_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_questions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "questions_locales" (
  	"title" varchar,
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__questions_v_version_kind" DEFAULT 'hoi-dap',
  	"version_answered_date" timestamp(3) with time zone,
  	"version_procedure_id" integer,
  	"version_source_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__questions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__questions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_questions_v_locales" (
  	"version_title" varchar,
  	"version_question" varchar,
  	"version_answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_settings_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "feedback" ADD COLUMN "code" varchar;
  ALTER TABLE "feedback" ADD COLUMN "status_reason" varchar;
  ALTER TABLE "feedback" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "due_date" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "received_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "answered_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "personal_data_erased_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "erase_personal_data" boolean;
  ALTER TABLE "feedback" ADD COLUMN "submission_id" varchar;
  ALTER TABLE "feedback" ADD COLUMN "kind" "enum_feedback_kind" DEFAULT 'gop-y' NOT NULL;
  ALTER TABLE "feedback" ADD COLUMN "procedure_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "address" varchar;
  ALTER TABLE "feedback" ADD COLUMN "consent_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "answer" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publish_as_question" boolean;
  ALTER TABLE "feedback" ADD COLUMN "question_id" integer;
  -- Feedback received before tracking codes existed gets a code outside the site's numbering (year 0000).
  UPDATE "feedback" SET "code" = 'GY-0000-' || lpad("id"::text, 6, '0'), "received_at" = "created_at" WHERE "code" IS NULL;
  ALTER TABLE "feedback" ALTER COLUMN "code" SET NOT NULL;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "feedback_deadline_days" numeric;
  ALTER TABLE "feedback_internal_notes" ADD CONSTRAINT "feedback_internal_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_internal_notes" ADD CONSTRAINT "feedback_internal_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_source_id_feedback_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_locales" ADD CONSTRAINT "questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_parent_id_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_source_id_feedback_id_fk" FOREIGN KEY ("version_source_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_locales" ADD CONSTRAINT "_questions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_holidays" ADD CONSTRAINT "site_settings_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_internal_notes_order_idx" ON "feedback_internal_notes" USING btree ("_order");
  CREATE INDEX "feedback_internal_notes_parent_id_idx" ON "feedback_internal_notes" USING btree ("_parent_id");
  CREATE INDEX "feedback_internal_notes_author_idx" ON "feedback_internal_notes" USING btree ("author_id");
  CREATE INDEX "feedback_history_order_idx" ON "feedback_history" USING btree ("_order");
  CREATE INDEX "feedback_history_parent_id_idx" ON "feedback_history" USING btree ("_parent_id");
  CREATE INDEX "feedback_history_by_idx" ON "feedback_history" USING btree ("by_id");
  CREATE INDEX "questions_procedure_idx" ON "questions" USING btree ("procedure_id");
  CREATE INDEX "questions_source_idx" ON "questions" USING btree ("source_id");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions__status_idx" ON "questions" USING btree ("_status");
  CREATE UNIQUE INDEX "questions_locales_locale_parent_id_unique" ON "questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_questions_v_parent_idx" ON "_questions_v" USING btree ("parent_id");
  CREATE INDEX "_questions_v_version_version_procedure_idx" ON "_questions_v" USING btree ("version_procedure_id");
  CREATE INDEX "_questions_v_version_version_source_idx" ON "_questions_v" USING btree ("version_source_id");
  CREATE INDEX "_questions_v_version_version_updated_at_idx" ON "_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_questions_v_version_version_created_at_idx" ON "_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_questions_v_version_version__status_idx" ON "_questions_v" USING btree ("version__status");
  CREATE INDEX "_questions_v_created_at_idx" ON "_questions_v" USING btree ("created_at");
  CREATE INDEX "_questions_v_updated_at_idx" ON "_questions_v" USING btree ("updated_at");
  CREATE INDEX "_questions_v_snapshot_idx" ON "_questions_v" USING btree ("snapshot");
  CREATE INDEX "_questions_v_published_locale_idx" ON "_questions_v" USING btree ("published_locale");
  CREATE INDEX "_questions_v_latest_idx" ON "_questions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_questions_v_locales_locale_parent_id_unique" ON "_questions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_holidays_order_idx" ON "site_settings_holidays" USING btree ("_order");
  CREATE INDEX "site_settings_holidays_parent_id_idx" ON "site_settings_holidays" USING btree ("_parent_id");
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "feedback_code_idx" ON "feedback" USING btree ("code");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_assignee_idx" ON "feedback" USING btree ("assignee_id");
  CREATE INDEX "feedback_due_date_idx" ON "feedback" USING btree ("due_date");
  CREATE INDEX "feedback_received_at_idx" ON "feedback" USING btree ("received_at");
  CREATE INDEX "feedback_closed_at_idx" ON "feedback" USING btree ("closed_at");
  CREATE UNIQUE INDEX "feedback_submission_id_idx" ON "feedback" USING btree ("submission_id");
  CREATE INDEX "feedback_procedure_idx" ON "feedback" USING btree ("procedure_id");
  CREATE INDEX "feedback_question_idx" ON "feedback" USING btree ("question_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback_internal_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback_internal_notes" CASCADE;
  DROP TABLE "feedback_history" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_locales" CASCADE;
  DROP TABLE "_questions_v" CASCADE;
  DROP TABLE "_questions_v_locales" CASCADE;
  DROP TABLE "site_settings_holidays" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_assignee_id_users_id_fk";
  
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_procedure_id_procedures_id_fk";
  
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_question_id_questions_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DEFAULT 'moi'::text;
  DROP TYPE "public"."enum_feedback_status";
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('moi', 'dang-xu-ly', 'da-tra-loi');
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DEFAULT 'moi'::"public"."enum_feedback_status";
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DATA TYPE "public"."enum_feedback_status" USING "status"::"public"."enum_feedback_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "feedback_code_idx";
  DROP INDEX "feedback_status_idx";
  DROP INDEX "feedback_assignee_idx";
  DROP INDEX "feedback_due_date_idx";
  DROP INDEX "feedback_received_at_idx";
  DROP INDEX "feedback_closed_at_idx";
  DROP INDEX "feedback_submission_id_idx";
  DROP INDEX "feedback_procedure_idx";
  DROP INDEX "feedback_question_idx";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  ALTER TABLE "feedback" DROP COLUMN "code";
  ALTER TABLE "feedback" DROP COLUMN "status_reason";
  ALTER TABLE "feedback" DROP COLUMN "assignee_id";
  ALTER TABLE "feedback" DROP COLUMN "due_date";
  ALTER TABLE "feedback" DROP COLUMN "received_at";
  ALTER TABLE "feedback" DROP COLUMN "answered_at";
  ALTER TABLE "feedback" DROP COLUMN "closed_at";
  ALTER TABLE "feedback" DROP COLUMN "personal_data_erased_at";
  ALTER TABLE "feedback" DROP COLUMN "erase_personal_data";
  ALTER TABLE "feedback" DROP COLUMN "submission_id";
  ALTER TABLE "feedback" DROP COLUMN "kind";
  ALTER TABLE "feedback" DROP COLUMN "procedure_id";
  ALTER TABLE "feedback" DROP COLUMN "address";
  ALTER TABLE "feedback" DROP COLUMN "consent_at";
  ALTER TABLE "feedback" DROP COLUMN "answer";
  ALTER TABLE "feedback" DROP COLUMN "publish_as_question";
  ALTER TABLE "feedback" DROP COLUMN "question_id";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "site_settings" DROP COLUMN "feedback_deadline_days";
  DROP TYPE "public"."enum_feedback_history_event";
  DROP TYPE "public"."enum_feedback_history_status";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_questions_kind";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum__questions_v_version_kind";
  DROP TYPE "public"."enum__questions_v_version_status";
  DROP TYPE "public"."enum__questions_v_published_locale";`)
}
