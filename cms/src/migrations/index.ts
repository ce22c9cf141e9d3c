import * as migration_20261127_094522_initial from './20261127_094522_initial';

export const migrations = [
  {
    up: migration_20261127_094522_initial.up,
    down: migration_20261127_094522_initial.down,
    name: '20261127_094522_initial'
  },
];
