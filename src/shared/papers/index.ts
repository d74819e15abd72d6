export * from './agency-key';
export * from './paper';
export * from './verify-paper';
