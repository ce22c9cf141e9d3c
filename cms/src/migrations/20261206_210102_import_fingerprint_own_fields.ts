import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * The procedures importer's fingerprint of what it last wrote (`procedures.import_fingerprint`, and in versions), and
 * the agency's own procedure fields in the site settings (`site_settings_rels`, `ownFields`).
 *
 * @remarks Procedures imported before have no fingerprint: the importer counts them as of unknown origin, kept
 * unless `--overwrite-edited` (importers/procedures/importFingerprint.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_id" integer
  );

  ALTER TABLE "procedures" ADD COLUMN "import_fingerprint" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_import_fingerprint" varchar;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_rels_order_idx" ON "site_settings_rels" USING btree ("order");
  CREATE INDEX "site_settings_rels_parent_idx" ON "site_settings_rels" USING btree ("parent_id");
  CREATE INDEX "site_settings_rels_path_idx" ON "site_settings_rels" USING btree ("path");
  CREATE INDEX "site_settings_rels_fields_id_idx" ON "site_settings_rels" USING btree ("fields_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_settings_rels" CASCADE;
  ALTER TABLE "procedures" DROP COLUMN "import_fingerprint";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_import_fingerprint";`)
}
