import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_procedures_levels" AS ENUM('bo', 'tinh', 'huyen', 'xa', 'khac');
  CREATE TYPE "public"."enum_procedures_methods_channel" AS ENUM('truc-tiep', 'truc-tuyen', 'buu-chinh');
  CREATE TYPE "public"."enum_procedures_methods_processing_time_unit" AS ENUM('ngay-lam-viec', 'ngay', 'gio', 'thang');
  CREATE TYPE "public"."enum_procedures_procedure_type" AS ENUM('duoc-luat-giao', 'khong-duoc-luat-giao', 'khac');
  CREATE TYPE "public"."enum_procedures_online_level" AS ENUM('toan-trinh', 'mot-phan', 'khong');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_levels" AS ENUM('bo', 'tinh', 'huyen', 'xa', 'khac');
  CREATE TYPE "public"."enum__procedures_v_version_methods_channel" AS ENUM('truc-tiep', 'truc-tuyen', 'buu-chinh');
  CREATE TYPE "public"."enum__procedures_v_version_methods_processing_time_unit" AS ENUM('ngay-lam-viec', 'ngay', 'gio', 'thang');
  CREATE TYPE "public"."enum__procedures_v_version_procedure_type" AS ENUM('duoc-luat-giao', 'khong-duoc-luat-giao', 'khac');
  CREATE TYPE "public"."enum__procedures_v_version_online_level" AS ENUM('toan-trinh', 'mot-phan', 'khong');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_legal_documents_validity_history_status" AS ENUM('con-hieu-luc', 'het-hieu-luc-toan-bo', 'het-hieu-luc-mot-phan', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum_legal_documents_document_type" AS ENUM('luat', 'nghi-dinh', 'nghi-quyet', 'thong-tu', 'quyet-dinh', 'chi-thi', 'ke-hoach', 'cong-van');
  CREATE TYPE "public"."enum_legal_documents_validity" AS ENUM('con-hieu-luc', 'het-hieu-luc-toan-bo', 'het-hieu-luc-mot-phan', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_history_status" AS ENUM('con-hieu-luc', 'het-hieu-luc-toan-bo', 'het-hieu-luc-mot-phan', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum__legal_documents_v_version_document_type" AS ENUM('luat', 'nghi-dinh', 'nghi-quyet', 'thong-tu', 'quyet-dinh', 'chi-thi', 'ke-hoach', 'cong-van');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity" AS ENUM('con-hieu-luc', 'het-hieu-luc-toan-bo', 'het-hieu-luc-mot-phan', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_pages_section" AS ENUM('gioi-thieu', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'ke-hoach-bao-cao', 'lien-he');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_section" AS ENUM('gioi-thieu', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'ke-hoach-bao-cao', 'lien-he');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_quality_processes_steps_time_unit" AS ENUM('gio-lam-viec', 'ngay-lam-viec');
  CREATE TYPE "public"."enum_quality_processes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quality_processes_v_version_steps_time_unit" AS ENUM('gio-lam-viec', 'ngay-lam-viec');
  CREATE TYPE "public"."enum__quality_processes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quality_processes_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('moi', 'dang-xu-ly', 'da-tra-loi');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'feedback-officer', 'site');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "procedures_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_procedures_methods_channel",
  	"processing_time" numeric,
  	"processing_time_unit" "enum_procedures_methods_processing_time_unit" DEFAULT 'ngay-lam-viec',
  	"fee_amount" numeric
  );
  
  CREATE TABLE "procedures_methods_locales" (
  	"fee_text" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"originals" numeric,
  	"copies" numeric,
  	"form_id" integer
  );
  
  CREATE TABLE "procedures_dossier_locales" (
  	"name" varchar,
  	"case" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"field_id" integer,
  	"procedure_type" "enum_procedures_procedure_type",
  	"online_level" "enum_procedures_online_level" DEFAULT 'khong',
  	"deciding_agency_id" integer,
  	"apply_url" varchar,
  	"publishing_decision" varchar,
  	"quality_process_id" integer,
  	"source_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_locales" (
  	"name" varchar,
  	"subjects" varchar,
  	"requirements" varchar,
  	"result" varchar,
  	"legal_basis_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "_procedures_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"channel" "enum__procedures_v_version_methods_channel",
  	"processing_time" numeric,
  	"processing_time_unit" "enum__procedures_v_version_methods_processing_time_unit" DEFAULT 'ngay-lam-viec',
  	"fee_amount" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_methods_locales" (
  	"fee_text" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"originals" numeric,
  	"copies" numeric,
  	"form_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier_locales" (
  	"name" varchar,
  	"case" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_steps_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_field_id" integer,
  	"version_procedure_type" "enum__procedures_v_version_procedure_type",
  	"version_online_level" "enum__procedures_v_version_online_level" DEFAULT 'khong',
  	"version_deciding_agency_id" integer,
  	"version_apply_url" varchar,
  	"version_publishing_decision" varchar,
  	"version_quality_process_id" integer,
  	"version_source_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_name" varchar,
  	"version_subjects" varchar,
  	"version_requirements" varchar,
  	"version_result" varchar,
  	"version_legal_basis_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "legal_documents_validity_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"status" "enum_legal_documents_validity_history_status",
  	"source_document_id" integer
  );
  
  CREATE TABLE "legal_documents_validity_history_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"slug" varchar,
  	"document_type" "enum_legal_documents_document_type",
  	"validity" "enum_legal_documents_validity" DEFAULT 'con-hieu-luc',
  	"issuer" varchar,
  	"signer" varchar,
  	"issued_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"expiry_date" timestamp(3) with time zone,
  	"field_id" integer,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_legal_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "legal_documents_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "legal_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "_legal_documents_v_version_validity_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"status" "enum__legal_documents_v_version_validity_history_status",
  	"source_document_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_validity_history_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_slug" varchar,
  	"version_document_type" "enum__legal_documents_v_version_document_type",
  	"version_validity" "enum__legal_documents_v_version_validity" DEFAULT 'con-hieu-luc',
  	"version_issuer" varchar,
  	"version_signer" varchar,
  	"version_issued_date" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_expiry_date" timestamp(3) with time zone,
  	"version_field_id" integer,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__legal_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__legal_documents_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_legal_documents_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_legal_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"published_date" timestamp(3) with time zone,
  	"category_id" integer,
  	"author" varchar,
  	"cover_id" integer,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_published_date" timestamp(3) with time zone,
  	"version_category_id" integer,
  	"version_author" varchar,
  	"version_cover_id" integer,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"section" "enum_pages_section",
  	"parent_id" integer,
  	"order" numeric DEFAULT 0,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_section" "enum__pages_v_version_section",
  	"version_parent_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "quality_processes_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"time_budget" numeric,
  	"time_unit" "enum_quality_processes_steps_time_unit" DEFAULT 'ngay-lam-viec'
  );
  
  CREATE TABLE "quality_processes_steps_locales" (
  	"name" varchar,
  	"responsible" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "quality_processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quality_processes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "quality_processes_locales" (
  	"owner" varchar,
  	"name" varchar,
  	"purpose" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_quality_processes_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"time_budget" numeric,
  	"time_unit" "enum__quality_processes_v_version_steps_time_unit" DEFAULT 'ngay-lam-viec',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quality_processes_v_version_steps_locales" (
  	"name" varchar,
  	"responsible" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_quality_processes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quality_processes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__quality_processes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_quality_processes_v_locales" (
  	"version_owner" varchar,
  	"version_name" varchar,
  	"version_purpose" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "fields" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fields_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agencies_locales" (
  	"name" varchar NOT NULL,
  	"address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news_categories_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar,
  	"status" "enum_feedback_status" DEFAULT 'moi' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer,
  	"legal_documents_id" integer,
  	"news_id" integer,
  	"pages_id" integer,
  	"quality_processes_id" integer,
  	"fields_id" integer,
  	"agencies_id" integer,
  	"news_categories_id" integer,
  	"media_id" integer,
  	"feedback_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hotline" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"map_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"agency_name" varchar DEFAULT 'Sở Ngoại vụ' NOT NULL,
  	"parent_agency" varchar,
  	"address" varchar,
  	"working_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "procedures_levels" ADD CONSTRAINT "procedures_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_methods" ADD CONSTRAINT "procedures_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_methods_locales" ADD CONSTRAINT "procedures_methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_form_id_media_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier_locales" ADD CONSTRAINT "procedures_dossier_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_dossier"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps_locales" ADD CONSTRAINT "procedures_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_deciding_agency_id_agencies_id_fk" FOREIGN KEY ("deciding_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_quality_process_id_quality_processes_id_fk" FOREIGN KEY ("quality_process_id") REFERENCES "public"."quality_processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_levels" ADD CONSTRAINT "_procedures_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_methods" ADD CONSTRAINT "_procedures_v_version_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_methods_locales" ADD CONSTRAINT "_procedures_v_version_methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_form_id_media_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_locales" ADD CONSTRAINT "_procedures_v_version_dossier_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_dossier"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps_locales" ADD CONSTRAINT "_procedures_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_field_id_fields_id_fk" FOREIGN KEY ("version_field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_deciding_agency_id_agencies_id_fk" FOREIGN KEY ("version_deciding_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_quality_process_id_quality_processes_id_fk" FOREIGN KEY ("version_quality_process_id") REFERENCES "public"."quality_processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_validity_history" ADD CONSTRAINT "legal_documents_validity_history_source_document_id_legal_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_validity_history" ADD CONSTRAINT "legal_documents_validity_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_validity_history_locales" ADD CONSTRAINT "legal_documents_validity_history_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents_validity_history"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_locales" ADD CONSTRAINT "legal_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_validity_history" ADD CONSTRAINT "_legal_documents_v_version_validity_history_source_document_id_legal_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_validity_history" ADD CONSTRAINT "_legal_documents_v_version_validity_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_validity_history_locales" ADD CONSTRAINT "_legal_documents_v_version_validity_history_locales_paren_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v_version_validity_history"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_field_id_fields_id_fk" FOREIGN KEY ("version_field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_locales" ADD CONSTRAINT "_legal_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_category_id_news_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."news_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_category_id_news_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."news_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_parent_id_pages_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_processes_steps" ADD CONSTRAINT "quality_processes_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_processes_steps_locales" ADD CONSTRAINT "quality_processes_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_processes_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_processes_locales" ADD CONSTRAINT "quality_processes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_processes_v_version_steps" ADD CONSTRAINT "_quality_processes_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_processes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_processes_v_version_steps_locales" ADD CONSTRAINT "_quality_processes_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_processes_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_processes_v" ADD CONSTRAINT "_quality_processes_v_parent_id_quality_processes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_processes_v_locales" ADD CONSTRAINT "_quality_processes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_processes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_locales" ADD CONSTRAINT "fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies_locales" ADD CONSTRAINT "agencies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_categories_locales" ADD CONSTRAINT "news_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quality_processes_fk" FOREIGN KEY ("quality_processes_id") REFERENCES "public"."quality_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links_locales" ADD CONSTRAINT "site_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_levels_order_idx" ON "procedures_levels" USING btree ("order");
  CREATE INDEX "procedures_levels_parent_idx" ON "procedures_levels" USING btree ("parent_id");
  CREATE INDEX "procedures_methods_order_idx" ON "procedures_methods" USING btree ("_order");
  CREATE INDEX "procedures_methods_parent_id_idx" ON "procedures_methods" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_methods_locales_locale_parent_id_unique" ON "procedures_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_dossier_order_idx" ON "procedures_dossier" USING btree ("_order");
  CREATE INDEX "procedures_dossier_parent_id_idx" ON "procedures_dossier" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_form_idx" ON "procedures_dossier" USING btree ("form_id");
  CREATE UNIQUE INDEX "procedures_dossier_locales_locale_parent_id_unique" ON "procedures_dossier_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_steps_locales_locale_parent_id_unique" ON "procedures_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_field_idx" ON "procedures" USING btree ("field_id");
  CREATE INDEX "procedures_deciding_agency_idx" ON "procedures" USING btree ("deciding_agency_id");
  CREATE INDEX "procedures_quality_process_idx" ON "procedures" USING btree ("quality_process_id");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_agencies_id_idx" ON "procedures_rels" USING btree ("agencies_id");
  CREATE INDEX "procedures_rels_legal_documents_id_idx" ON "procedures_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_procedures_v_version_levels_order_idx" ON "_procedures_v_version_levels" USING btree ("order");
  CREATE INDEX "_procedures_v_version_levels_parent_idx" ON "_procedures_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_methods_order_idx" ON "_procedures_v_version_methods" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_methods_parent_id_idx" ON "_procedures_v_version_methods" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_methods_locales_locale_parent_id_uniqu" ON "_procedures_v_version_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_order_idx" ON "_procedures_v_version_dossier" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_parent_id_idx" ON "_procedures_v_version_dossier" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_form_idx" ON "_procedures_v_version_dossier" USING btree ("form_id");
  CREATE UNIQUE INDEX "_procedures_v_version_dossier_locales_locale_parent_id_uniqu" ON "_procedures_v_version_dossier_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_steps_locales_locale_parent_id_unique" ON "_procedures_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_field_idx" ON "_procedures_v" USING btree ("version_field_id");
  CREATE INDEX "_procedures_v_version_version_deciding_agency_idx" ON "_procedures_v" USING btree ("version_deciding_agency_id");
  CREATE INDEX "_procedures_v_version_version_quality_process_idx" ON "_procedures_v" USING btree ("version_quality_process_id");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "_procedures_v_autosave_idx" ON "_procedures_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_agencies_id_idx" ON "_procedures_v_rels" USING btree ("agencies_id");
  CREATE INDEX "_procedures_v_rels_legal_documents_id_idx" ON "_procedures_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "legal_documents_validity_history_order_idx" ON "legal_documents_validity_history" USING btree ("_order");
  CREATE INDEX "legal_documents_validity_history_parent_id_idx" ON "legal_documents_validity_history" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_validity_history_source_document_idx" ON "legal_documents_validity_history" USING btree ("source_document_id");
  CREATE UNIQUE INDEX "legal_documents_validity_history_locales_locale_parent_id_un" ON "legal_documents_validity_history_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "legal_documents_number_idx" ON "legal_documents" USING btree ("number");
  CREATE UNIQUE INDEX "legal_documents_slug_idx" ON "legal_documents" USING btree ("slug");
  CREATE INDEX "legal_documents_field_idx" ON "legal_documents" USING btree ("field_id");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents__status_idx" ON "legal_documents" USING btree ("_status");
  CREATE UNIQUE INDEX "legal_documents_locales_locale_parent_id_unique" ON "legal_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "legal_documents_rels_order_idx" ON "legal_documents_rels" USING btree ("order");
  CREATE INDEX "legal_documents_rels_parent_idx" ON "legal_documents_rels" USING btree ("parent_id");
  CREATE INDEX "legal_documents_rels_path_idx" ON "legal_documents_rels" USING btree ("path");
  CREATE INDEX "legal_documents_rels_media_id_idx" ON "legal_documents_rels" USING btree ("media_id");
  CREATE INDEX "legal_documents_rels_legal_documents_id_idx" ON "legal_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_legal_documents_v_version_validity_history_order_idx" ON "_legal_documents_v_version_validity_history" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_validity_history_parent_id_idx" ON "_legal_documents_v_version_validity_history" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_validity_history_source_docum_idx" ON "_legal_documents_v_version_validity_history" USING btree ("source_document_id");
  CREATE UNIQUE INDEX "_legal_documents_v_version_validity_history_locales_locale_p" ON "_legal_documents_v_version_validity_history_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_number_idx" ON "_legal_documents_v" USING btree ("version_number");
  CREATE INDEX "_legal_documents_v_version_version_slug_idx" ON "_legal_documents_v" USING btree ("version_slug");
  CREATE INDEX "_legal_documents_v_version_version_field_idx" ON "_legal_documents_v" USING btree ("version_field_id");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_version_version__status_idx" ON "_legal_documents_v" USING btree ("version__status");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_snapshot_idx" ON "_legal_documents_v" USING btree ("snapshot");
  CREATE INDEX "_legal_documents_v_published_locale_idx" ON "_legal_documents_v" USING btree ("published_locale");
  CREATE INDEX "_legal_documents_v_latest_idx" ON "_legal_documents_v" USING btree ("latest");
  CREATE INDEX "_legal_documents_v_autosave_idx" ON "_legal_documents_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_legal_documents_v_locales_locale_parent_id_unique" ON "_legal_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_legal_documents_v_rels_order_idx" ON "_legal_documents_v_rels" USING btree ("order");
  CREATE INDEX "_legal_documents_v_rels_parent_idx" ON "_legal_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_rels_path_idx" ON "_legal_documents_v_rels" USING btree ("path");
  CREATE INDEX "_legal_documents_v_rels_media_id_idx" ON "_legal_documents_v_rels" USING btree ("media_id");
  CREATE INDEX "_legal_documents_v_rels_legal_documents_id_idx" ON "_legal_documents_v_rels" USING btree ("legal_documents_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_category_idx" ON "news" USING btree ("category_id");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_category_idx" ON "_news_v" USING btree ("version_category_id");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_autosave_idx" ON "_news_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_parent_idx" ON "_pages_v" USING btree ("version_parent_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "quality_processes_steps_order_idx" ON "quality_processes_steps" USING btree ("_order");
  CREATE INDEX "quality_processes_steps_parent_id_idx" ON "quality_processes_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "quality_processes_steps_locales_locale_parent_id_unique" ON "quality_processes_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "quality_processes_code_idx" ON "quality_processes" USING btree ("code");
  CREATE INDEX "quality_processes_updated_at_idx" ON "quality_processes" USING btree ("updated_at");
  CREATE INDEX "quality_processes_created_at_idx" ON "quality_processes" USING btree ("created_at");
  CREATE INDEX "quality_processes__status_idx" ON "quality_processes" USING btree ("_status");
  CREATE UNIQUE INDEX "quality_processes_locales_locale_parent_id_unique" ON "quality_processes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_quality_processes_v_version_steps_order_idx" ON "_quality_processes_v_version_steps" USING btree ("_order");
  CREATE INDEX "_quality_processes_v_version_steps_parent_id_idx" ON "_quality_processes_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_quality_processes_v_version_steps_locales_locale_parent_id_" ON "_quality_processes_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_quality_processes_v_parent_idx" ON "_quality_processes_v" USING btree ("parent_id");
  CREATE INDEX "_quality_processes_v_version_version_code_idx" ON "_quality_processes_v" USING btree ("version_code");
  CREATE INDEX "_quality_processes_v_version_version_updated_at_idx" ON "_quality_processes_v" USING btree ("version_updated_at");
  CREATE INDEX "_quality_processes_v_version_version_created_at_idx" ON "_quality_processes_v" USING btree ("version_created_at");
  CREATE INDEX "_quality_processes_v_version_version__status_idx" ON "_quality_processes_v" USING btree ("version__status");
  CREATE INDEX "_quality_processes_v_created_at_idx" ON "_quality_processes_v" USING btree ("created_at");
  CREATE INDEX "_quality_processes_v_updated_at_idx" ON "_quality_processes_v" USING btree ("updated_at");
  CREATE INDEX "_quality_processes_v_snapshot_idx" ON "_quality_processes_v" USING btree ("snapshot");
  CREATE INDEX "_quality_processes_v_published_locale_idx" ON "_quality_processes_v" USING btree ("published_locale");
  CREATE INDEX "_quality_processes_v_latest_idx" ON "_quality_processes_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_quality_processes_v_locales_locale_parent_id_unique" ON "_quality_processes_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "fields_slug_idx" ON "fields" USING btree ("slug");
  CREATE INDEX "fields_updated_at_idx" ON "fields" USING btree ("updated_at");
  CREATE INDEX "fields_created_at_idx" ON "fields" USING btree ("created_at");
  CREATE UNIQUE INDEX "fields_locales_locale_parent_id_unique" ON "fields_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE UNIQUE INDEX "agencies_locales_locale_parent_id_unique" ON "agencies_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "news_categories_slug_idx" ON "news_categories" USING btree ("slug");
  CREATE INDEX "news_categories_updated_at_idx" ON "news_categories" USING btree ("updated_at");
  CREATE INDEX "news_categories_created_at_idx" ON "news_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "news_categories_locales_locale_parent_id_unique" ON "news_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_quality_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("quality_processes_id");
  CREATE INDEX "payload_locked_documents_rels_fields_id_idx" ON "payload_locked_documents_rels" USING btree ("fields_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_news_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("news_categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_footer_links_locales_locale_parent_id_unique" ON "site_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "procedures_levels" CASCADE;
  DROP TABLE "procedures_methods" CASCADE;
  DROP TABLE "procedures_methods_locales" CASCADE;
  DROP TABLE "procedures_dossier" CASCADE;
  DROP TABLE "procedures_dossier_locales" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_steps_locales" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_levels" CASCADE;
  DROP TABLE "_procedures_v_version_methods" CASCADE;
  DROP TABLE "_procedures_v_version_methods_locales" CASCADE;
  DROP TABLE "_procedures_v_version_dossier" CASCADE;
  DROP TABLE "_procedures_v_version_dossier_locales" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_steps_locales" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "legal_documents_validity_history" CASCADE;
  DROP TABLE "legal_documents_validity_history_locales" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_locales" CASCADE;
  DROP TABLE "legal_documents_rels" CASCADE;
  DROP TABLE "_legal_documents_v_version_validity_history" CASCADE;
  DROP TABLE "_legal_documents_v_version_validity_history_locales" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "_legal_documents_v_locales" CASCADE;
  DROP TABLE "_legal_documents_v_rels" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "quality_processes_steps" CASCADE;
  DROP TABLE "quality_processes_steps_locales" CASCADE;
  DROP TABLE "quality_processes" CASCADE;
  DROP TABLE "quality_processes_locales" CASCADE;
  DROP TABLE "_quality_processes_v_version_steps" CASCADE;
  DROP TABLE "_quality_processes_v_version_steps_locales" CASCADE;
  DROP TABLE "_quality_processes_v" CASCADE;
  DROP TABLE "_quality_processes_v_locales" CASCADE;
  DROP TABLE "fields" CASCADE;
  DROP TABLE "fields_locales" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "agencies_locales" CASCADE;
  DROP TABLE "news_categories" CASCADE;
  DROP TABLE "news_categories_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings_footer_links_locales" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_procedures_levels";
  DROP TYPE "public"."enum_procedures_methods_channel";
  DROP TYPE "public"."enum_procedures_methods_processing_time_unit";
  DROP TYPE "public"."enum_procedures_procedure_type";
  DROP TYPE "public"."enum_procedures_online_level";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_levels";
  DROP TYPE "public"."enum__procedures_v_version_methods_channel";
  DROP TYPE "public"."enum__procedures_v_version_methods_processing_time_unit";
  DROP TYPE "public"."enum__procedures_v_version_procedure_type";
  DROP TYPE "public"."enum__procedures_v_version_online_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum_legal_documents_validity_history_status";
  DROP TYPE "public"."enum_legal_documents_document_type";
  DROP TYPE "public"."enum_legal_documents_validity";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum__legal_documents_v_version_validity_history_status";
  DROP TYPE "public"."enum__legal_documents_v_version_document_type";
  DROP TYPE "public"."enum__legal_documents_v_version_validity";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum__legal_documents_v_published_locale";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_pages_section";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_section";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_quality_processes_steps_time_unit";
  DROP TYPE "public"."enum_quality_processes_status";
  DROP TYPE "public"."enum__quality_processes_v_version_steps_time_unit";
  DROP TYPE "public"."enum__quality_processes_v_version_status";
  DROP TYPE "public"."enum__quality_processes_v_published_locale";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
