// PIN rules for offline unlock on a shared tablet. The PIN derives (PBKDF2-SHA-256, 600,000
// iterations: OWASP's 2023 figure and issue 8's floor) the key that wraps the workspace's data key:
// slow enough that a copied database cannot be brute-forced cheaply, about a second on a cheap tablet.
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,6}$/;
