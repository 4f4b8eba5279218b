// The routes `npm run bench` measures. Later features add theirs here.
export const ROUTES = ["/", "/notes", "/practice", "/review", "/exam", "/simulate", "/compare", "/progress"];
