/** Top-level screens (no parameters). Tests open each one offline in every complete language. */
export const TOP_LEVEL_PATHS = ['/', '/status', '/settings', '/sign-in', '/unlock', '/citizens', '/sync', '/procedures', '/dossiers', '/admin/languages', '/office', '/office/dashboard', '/admin', '/verify'] as const;
