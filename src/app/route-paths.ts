/** Top-level screens (no parameters). Tests open each one offline in every complete language. */
export const TOP_LEVEL_PATHS = ['/', '/status', '/settings', '/sign-in', '/unlock', '/citizen', '/citizens', '/sync', '/procedures', '/dossiers', '/dossiers/receive', '/admin/languages', '/record-audio', '/office', '/office/dashboard', '/office/requests', '/admin', '/verify'] as const;
