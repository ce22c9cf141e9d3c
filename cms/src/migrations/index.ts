import * as migration_20261127_100942_initial from './20261127_100942_initial';
import * as migration_20261127_115144_processing_reports from './20261127_115144_processing_reports';

export const migrations = [
  {
    up: migration_20261127_100942_initial.up,
    down: migration_20261127_100942_initial.down,
    name: '20261127_100942_initial',
  },
  {
    up: migration_20261127_115144_processing_reports.up,
    down: migration_20261127_115144_processing_reports.down,
    name: '20261127_115144_processing_reports'
  },
];
