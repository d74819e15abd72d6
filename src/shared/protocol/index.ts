export * from './common';
export * from './errors';
export * from './protocol-version';
export * from './pull';
export * from './push';
export * from './upload';
