import * as migration_20261127_100942_initial from './20261127_100942_initial';
import * as migration_20261127_115144_processing_reports from './20261127_115144_processing_reports';
import * as migration_20261127_115418_feedback_handling from './20261127_115418_feedback_handling';
import * as migration_20261127_145215_feedback_attachments from './20261127_145215_feedback_attachments';
import * as migration_20261127_160000_locale_parent_indexes from './20261127_160000_locale_parent_indexes';
import * as migration_20261127_173838_sort_indexes from './20261127_173838_sort_indexes';
import * as migration_20261206_081957_build_role from './20261206_081957_build_role';
import * as migration_20261206_201742_legal_document_signer_title from './20261206_201742_legal_document_signer_title';
import * as migration_20261206_210102_import_fingerprint_own_fields from './20261206_210102_import_fingerprint_own_fields';
import * as migration_20261206_211427_feedback_procedure_text from './20261206_211427_feedback_procedure_text';
import * as migration_20261206_231626_media_extraction from './20261206_231626_media_extraction';
import * as migration_20261207_025035_publish_events from './20261207_025035_publish_events';
import * as migration_20261207_062441_upload_storage_fields from './20261207_062441_upload_storage_fields';

export const migrations = [
  {
    up: migration_20261127_100942_initial.up,
    down: migration_20261127_100942_initial.down,
    name: '20261127_100942_initial',
  },
  {
    up: migration_20261127_115144_processing_reports.up,
    down: migration_20261127_115144_processing_reports.down,
    name: '20261127_115144_processing_reports',
  },
  {
    up: migration_20261127_115418_feedback_handling.up,
    down: migration_20261127_115418_feedback_handling.down,
    name: '20261127_115418_feedback_handling',
  },
  {
    up: migration_20261127_145215_feedback_attachments.up,
    down: migration_20261127_145215_feedback_attachments.down,
    name: '20261127_145215_feedback_attachments',
  },
  {
    up: migration_20261127_160000_locale_parent_indexes.up,
    down: migration_20261127_160000_locale_parent_indexes.down,
    name: '20261127_160000_locale_parent_indexes',
  },
  {
    up: migration_20261127_173838_sort_indexes.up,
    down: migration_20261127_173838_sort_indexes.down,
    name: '20261127_173838_sort_indexes',
  },
  {
    up: migration_20261206_081957_build_role.up,
    down: migration_20261206_081957_build_role.down,
    name: '20261206_081957_build_role',
  },
  {
    up: migration_20261206_201742_legal_document_signer_title.up,
    down: migration_20261206_201742_legal_document_signer_title.down,
    name: '20261206_201742_legal_document_signer_title',
  },
  {
    up: migration_20261206_210102_import_fingerprint_own_fields.up,
    down: migration_20261206_210102_import_fingerprint_own_fields.down,
    name: '20261206_210102_import_fingerprint_own_fields',
  },
  {
    up: migration_20261206_211427_feedback_procedure_text.up,
    down: migration_20261206_211427_feedback_procedure_text.down,
    name: '20261206_211427_feedback_procedure_text',
  },
  {
    up: migration_20261206_231626_media_extraction.up,
    down: migration_20261206_231626_media_extraction.down,
    name: '20261206_231626_media_extraction',
  },
  {
    up: migration_20261207_025035_publish_events.up,
    down: migration_20261207_025035_publish_events.down,
    name: '20261207_025035_publish_events',
  },
  {
    up: migration_20261207_062441_upload_storage_fields.up,
    down: migration_20261207_062441_upload_storage_fields.down,
    name: '20261207_062441_upload_storage_fields'
  },
];
