/** The sections of the app, in navigation order. */
export const NAV_ITEMS = [
  { href: "/notes", label: "Notes" },
  { href: "/practice", label: "Practice" },
  { href: "/review", label: "Review" },
  { href: "/exam", label: "Exam" },
  { href: "/simulate", label: "Simulate" },
  { href: "/compare", label: "Compare" },
  { href: "/progress", label: "Progress" },
] as const;
