/** The learner's theme choice; "system" follows the operating system. */
export type ThemeChoice = "light" | "dark" | "system";
export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "rollout-theme";

/**
 * Runs before first paint (inlined in <head>) so a remembered theme never flashes the other one.
 * Kept as a string because it must not wait for any bundle.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
