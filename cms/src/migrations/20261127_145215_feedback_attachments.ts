import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "feedback_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"feedback_attachments_id" integer
  );
  
  CREATE TABLE "feedback_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"feedback_code" varchar,
  	"submission_id" varchar NOT NULL,
  	"position" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_attachments_id" integer;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_feedback_attachments_fk" FOREIGN KEY ("feedback_attachments_id") REFERENCES "public"."feedback_attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_rels_order_idx" ON "feedback_rels" USING btree ("order");
  CREATE INDEX "feedback_rels_parent_idx" ON "feedback_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_rels_path_idx" ON "feedback_rels" USING btree ("path");
  CREATE INDEX "feedback_rels_feedback_attachments_id_idx" ON "feedback_rels" USING btree ("feedback_attachments_id");
  CREATE INDEX "feedback_attachments_feedback_code_idx" ON "feedback_attachments" USING btree ("feedback_code");
  CREATE INDEX "feedback_attachments_updated_at_idx" ON "feedback_attachments" USING btree ("updated_at");
  CREATE INDEX "feedback_attachments_created_at_idx" ON "feedback_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "feedback_attachments_filename_idx" ON "feedback_attachments" USING btree ("filename");
  CREATE UNIQUE INDEX "submissionId_position_idx" ON "feedback_attachments" USING btree ("submission_id","position");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_attachments_fk" FOREIGN KEY ("feedback_attachments_id") REFERENCES "public"."feedback_attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_attachments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_attachments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback_rels" CASCADE;
  DROP TABLE "feedback_attachments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_attachments_fk";
  
  DROP INDEX "payload_locked_documents_rels_feedback_attachments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_attachments_id";`)
}
