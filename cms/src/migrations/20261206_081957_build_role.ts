import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * The `build` role: the site's read-only account for builds and publishes (`build@congkhai.local`, `BUILD_API_KEY`).
 *
 * @remarks Its own role, so the key the site reads content with cannot deliver or look up feedback, and the key that
 * delivers feedback cannot read anything. Going down removes the role from every account first (the account itself
 * stays, with no role left to use).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_roles" ADD VALUE 'build';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "users_roles" WHERE "value" = 'build';
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'feedback-officer', 'site');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";`)
}
