import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "processing_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"period" varchar NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"carried_over" numeric DEFAULT 0 NOT NULL,
  	"received_online" numeric DEFAULT 0 NOT NULL,
  	"received_in_person" numeric DEFAULT 0 NOT NULL,
  	"received_by_post" numeric DEFAULT 0 NOT NULL,
  	"resolved_early" numeric DEFAULT 0 NOT NULL,
  	"resolved_on_time" numeric DEFAULT 0 NOT NULL,
  	"resolved_late" numeric DEFAULT 0 NOT NULL,
  	"pending_not_due" numeric DEFAULT 0 NOT NULL,
  	"pending_overdue" numeric DEFAULT 0 NOT NULL,
  	"returned" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "processing_reports_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_processing_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_period" varchar NOT NULL,
  	"version_procedure_id" integer NOT NULL,
  	"version_carried_over" numeric DEFAULT 0 NOT NULL,
  	"version_received_online" numeric DEFAULT 0 NOT NULL,
  	"version_received_in_person" numeric DEFAULT 0 NOT NULL,
  	"version_received_by_post" numeric DEFAULT 0 NOT NULL,
  	"version_resolved_early" numeric DEFAULT 0 NOT NULL,
  	"version_resolved_on_time" numeric DEFAULT 0 NOT NULL,
  	"version_resolved_late" numeric DEFAULT 0 NOT NULL,
  	"version_pending_not_due" numeric DEFAULT 0 NOT NULL,
  	"version_pending_overdue" numeric DEFAULT 0 NOT NULL,
  	"version_returned" numeric DEFAULT 0 NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_processing_reports_v_locales" (
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "processing_reports_id" integer;
  ALTER TABLE "processing_reports" ADD CONSTRAINT "processing_reports_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "processing_reports_locales" ADD CONSTRAINT "processing_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."processing_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_processing_reports_v" ADD CONSTRAINT "_processing_reports_v_parent_id_processing_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."processing_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_processing_reports_v" ADD CONSTRAINT "_processing_reports_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_processing_reports_v_locales" ADD CONSTRAINT "_processing_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_processing_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "processing_reports_period_idx" ON "processing_reports" USING btree ("period");
  CREATE INDEX "processing_reports_procedure_idx" ON "processing_reports" USING btree ("procedure_id");
  CREATE INDEX "processing_reports_updated_at_idx" ON "processing_reports" USING btree ("updated_at");
  CREATE INDEX "processing_reports_created_at_idx" ON "processing_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "period_procedure_idx" ON "processing_reports" USING btree ("period","procedure_id");
  CREATE UNIQUE INDEX "processing_reports_locales_locale_parent_id_unique" ON "processing_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_processing_reports_v_parent_idx" ON "_processing_reports_v" USING btree ("parent_id");
  CREATE INDEX "_processing_reports_v_version_version_period_idx" ON "_processing_reports_v" USING btree ("version_period");
  CREATE INDEX "_processing_reports_v_version_version_procedure_idx" ON "_processing_reports_v" USING btree ("version_procedure_id");
  CREATE INDEX "_processing_reports_v_version_version_updated_at_idx" ON "_processing_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_processing_reports_v_version_version_created_at_idx" ON "_processing_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_processing_reports_v_created_at_idx" ON "_processing_reports_v" USING btree ("created_at");
  CREATE INDEX "_processing_reports_v_updated_at_idx" ON "_processing_reports_v" USING btree ("updated_at");
  CREATE INDEX "version_period_version_procedure_idx" ON "_processing_reports_v" USING btree ("version_period","version_procedure_id");
  CREATE UNIQUE INDEX "_processing_reports_v_locales_locale_parent_id_unique" ON "_processing_reports_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_processing_reports_fk" FOREIGN KEY ("processing_reports_id") REFERENCES "public"."processing_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_processing_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("processing_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "processing_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processing_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_processing_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_processing_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "processing_reports" CASCADE;
  DROP TABLE "processing_reports_locales" CASCADE;
  DROP TABLE "_processing_reports_v" CASCADE;
  DROP TABLE "_processing_reports_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_processing_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_processing_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "processing_reports_id";`)
}
