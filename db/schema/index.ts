export * from './enums';
export * from './users';
export * from './community';
export * from './membership';
export * from './audit';
export * from './rate-limits';
export * from './community-groups';
