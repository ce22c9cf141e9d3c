import * as migration_20261127_090906_initial from './20261127_090906_initial';

export const migrations = [
  {
    up: migration_20261127_090906_initial.up,
    down: migration_20261127_090906_initial.down,
    name: '20261127_090906_initial'
  },
];
