import * as migration_20261127_100942_initial from './20261127_100942_initial';

export const migrations = [
  {
    up: migration_20261127_100942_initial.up,
    down: migration_20261127_100942_initial.down,
    name: '20261127_100942_initial'
  },
];
