import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

/** The signer's title of a legal document (`signerTitle`, "Chức danh người ký"), one per language. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_documents_locales" ADD COLUMN "signer_title" varchar;
  ALTER TABLE "_legal_documents_v_locales" ADD COLUMN "version_signer_title" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_documents_locales" DROP COLUMN "signer_title";
  ALTER TABLE "_legal_documents_v_locales" DROP COLUMN "version_signer_title";`)
}
