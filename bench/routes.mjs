// The routes `npm run bench` measures. Later features add theirs here.
export const ROUTES = [
  "/",
  "/notes",
  "/notes/elastic-beanstalk/deployment-policies",
  "/notes/networking/troubleshooting",
  "/notes/elastic-beanstalk/cheatsheet",
  "/practice",
  "/review",
  "/exam",
  "/simulate",
  "/simulate/elastic-beanstalk",
  "/compare",
  "/progress",
];
